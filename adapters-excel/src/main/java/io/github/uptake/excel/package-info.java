/**
 * Excel for Uptake: report templates for units to fill ({@link io.github.uptake.excel.ExcelTemplates}),
 * import of filled workbooks with every problem located to its cell
 * ({@link io.github.uptake.excel.ExcelImporter}), and the consolidated report in the official form
 * ({@link io.github.uptake.excel.ConsolidatedReport}).
 */
package io.github.uptake.excel;
