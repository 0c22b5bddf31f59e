package io.github.uptake.app.web;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.live.LiveModel;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.rollup.RollUpPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What the dashboard's routes share: the storage, the province's configuration and roll-up policy,
 * the sessions, the days, the units, the frames and the pages. Immutable; thread-safe as its parts.
 *
 * @param storage  the storage, for writing (pages and the API read the live model)
 * @param config  the province's configuration
 * @param policy  the roll-up policy of pages, API and reports
 * @param mapping  how uploads read sheets that are not templates
 * @param clock  the clock stamping uploads
 * @param uploads  the folder under which uploads are kept while they are read
 * @param sessions  the sessions
 * @param days  the days
 * @param units  the units
 * @param frames  the frames of the pages
 * @param pages  the templates
 * @param stored  told the days a submission stored reports for, so the default day moves (the
 *     live model merged the submission itself)
 * @param live  the live model the pages and the API read
 */
record Site(JdbcStorage storage, AppConfig config, RollUpPolicy policy, ColumnMapping mapping,
            Clock clock, Path uploads, Sessions sessions, Days days, Units units, Frames frames,
            Pages pages, Consumer<Iterable<LocalDate>> stored, LiveModel live) {
}
