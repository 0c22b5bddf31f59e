/**
 * Word for Uptake: the Department's daily written report as a {@code .docx} in the layout of
 * Decree 30/2020/NĐ-CP ({@link io.github.uptake.word.WrittenReport}), its body written from the
 * day's figures in the words of an editable template ({@link
 * io.github.uptake.word.WrittenReport.Template}).
 */
package io.github.uptake.word;
