/**
 * The app's live model: the reports in memory ({@link io.github.uptake.live.LiveFigures}), the
 * reference data read once, the engines built once per version and segment, and each day's
 * figures computed once per change, so the dashboard's pages and API never wait for the database.
 */
package io.github.uptake.app.live;
