/**
 * Figures typed in the browser and sent to {@code POST /api/reports}, taken in without Javalin:
 * {@link io.github.uptake.app.entry.FigureEntry} lists the units a user reports for and checks and
 * stores what was typed, all or nothing, with every problem located to its field and worded in
 * Vietnamese and English; {@link io.github.uptake.app.entry.ReportsApi} reads, validates and
 * answers the JSON endpoint on top of it. A route only passes the request's text, the logged-in
 * user and the language, and writes back the status and body it is given.
 */
package io.github.uptake.app.entry;
