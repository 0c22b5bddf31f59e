package io.github.uptake.word;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the Department's daily written report as a Word document ({@code .docx}) in the layout
 * of Decree 30/2020/NĐ-CP (Phụ lục I): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right,
 * Times New Roman 12 to 14 pt; the two-column header (the issuing body over a short rule, the
 * national title and motto over a rule), the number and symbol and the subject line under the
 * body, the place and date in italics under the motto; the title and its subject, the recipients;
 * a body written from the day's figures; a table of the units at the chosen level; the signature
 * block and the list of recipients.
 *
 * <p>The body says, in the words of a {@link Template}: the unit's count and its rate against each
 * of its denominators (the one the roll-up used and the other, the declared figure or the sum of
 * the units below) with its source, the gap to the target in people, the change since the previous
 * day's report, the date the target is reached at the recent pace ({@link
 * io.github.uptake.progress.Progress}), the lagging units by name ({@link
 * io.github.uptake.progress.Ranking}), the units that have not reported ({@link Completeness}) and
 * the data-quality findings. Every figure, in the text and in the table, comes from the one
 * snapshot of the {@link Content} and is printed by {@link UptakeFormat}, so a rate below its
 * target never reads as reaching it (59,996% against 60% prints {@code 59,99%}). What is missing
 * prints {@code –}, never 0.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class WrittenReport {
    private WrittenReport() {
    }

    /**
     * Writes the report.
     *
     * @param content  the figures and the header, not null
     * @param template  the wording, whose language sets the format of numbers and dates, not null
     * @param out  where the {@code .docx} goes, not closed, not null
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static void write(Content content, Template template, OutputStream out)
            throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(out, "out");
        DocumentWriter.write(new ReportText(content, template), out);
    }

    /**
     * The document's header, recipients and signature, as the issuing body gives them.
     *
     * @param superiorBody  the body above the issuer, e.g. {@code UBND TỈNH LONG AN}, printed in
     *     capitals; empty for none
     * @param issuingBody  the issuer, e.g. {@code SỞ THÔNG TIN VÀ TRUYỀN THÔNG}, printed in bold
     *     capitals, not blank
     * @param number  the document's number; empty to leave room to write it by hand
     * @param symbol  the document's symbol, e.g. {@code BC-STTTT}; may be empty
     * @param place  the place in the date line, e.g. {@code Long An}, not blank
     * @param date  the day of the date line, not null
     * @param campaign  what is taken up, as the sentences name it, e.g. {@code ứng dụng Bluezone},
     *     not blank
     * @param recipients  the recipients after "Kính gửi:", in order, none blank; empty for none
     * @param signerTitle  the signer's title, e.g. {@code GIÁM ĐỐC}, not blank
     * @param signerName  the signer's name; empty to leave it to be written by hand
     */
    public record Header(String superiorBody, String issuingBody, String number, String symbol,
                         String place, LocalDate date, String campaign, List<String> recipients,
                         String signerTitle, String signerName) {
        /**
         * Creates a header, checking the fields; null optional texts become empty and every text
         * is stripped.
         *
         * @param superiorBody  the body above the issuer; null or empty for none
         * @param issuingBody  the issuer, not blank
         * @param number  the document's number; null or empty to write it by hand
         * @param symbol  the document's symbol; null or empty for none
         * @param place  the place in the date line, not blank
         * @param date  the day of the date line, not null
         * @param campaign  what is taken up, not blank
         * @param recipients  the recipients, none blank; null or empty for none
         * @param signerTitle  the signer's title, not blank
         * @param signerName  the signer's name; null or empty to write it by hand
         * @throws IllegalArgumentException if a required text is null or blank, or a recipient
         *     is blank
         * @throws NullPointerException if the date or a recipient is null
         */
        public Header {
            superiorBody = optional(superiorBody);
            issuingBody = required(issuingBody, "issuingBody");
            number = optional(number);
            symbol = optional(symbol);
            place = required(place, "place");
            Objects.requireNonNull(date, "date");
            campaign = required(campaign, "campaign");
            recipients = recipients == null ? List.of() : recipients.stream()
                    .map(r -> required(r, "recipient")).toList();
            signerTitle = required(signerTitle, "signerTitle");
            signerName = optional(signerName);
        }

        private static String optional(String s) {
            return s == null ? "" : s.strip();
        }

        private static String required(String s, String name) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank, was "
                        + (s == null ? "null" : "'" + s + "'"));
            }
            return s.strip();
        }
    }

    /**
     * What a report is written from: its header, the unit, the day's snapshot, and what the body
     * says beside the snapshot's figures.
     *
     * <p>Make one with {@link #of} and add the rest with the {@code with} methods. This class is
     * immutable and thread-safe.
     *
     * @param header  the header, recipients and signature, not null
     * @param snapshot  the roll-up of the day: every figure in the text and the table, not null
     * @param unitCode  the unit the report is about (usually the province), in the snapshot's
     *     version, not null
     * @param previous  the roll-up of the day before, for the change; empty for none
     * @param series  the counts of the days up to the snapshot's day, for the pace and the
     *     projected date; empty for none
     * @param completeness  who reported for the day; empty to say nothing of it
     * @param findings  data-quality findings besides the snapshot's own (e.g. the quality checks
     *     of the day); the snapshot's are always said
     * @param level  the level the table lists: 1 for the unit's children (the districts of a
     *     province), 2 for theirs, and so on
     * @param lagging  how many lagging units to name, 0 to 50
     */
    public record Content(Header header, Snapshot snapshot, String unitCode,
                          Optional<Snapshot> previous, Optional<Series> series,
                          Optional<Completeness> completeness, List<Finding> findings,
                          int level, int lagging) {
        /** How many lagging units are named unless told otherwise. */
        public static final int DEFAULT_LAGGING = 3;

        /**
         * Creates the content, checking that every part is of the same units, segment and day.
         *
         * @param header  the header, not null
         * @param snapshot  the roll-up of the day, not null
         * @param unitCode  the unit, in the snapshot's version, not null
         * @param previous  the roll-up of an earlier day of the same segment, not null; empty for
         *     none
         * @param series  the counts of the snapshot's version and segment up to its day, not
         *     null; empty for none
         * @param completeness  who reported, over a version that has the unit, not null; empty
         *     for none
         * @param findings  more findings, not null, no null element
         * @param level  1 or more
         * @param lagging  0 to 50
         * @throws IllegalArgumentException if the unit is not in the snapshot, the previous
         *     snapshot is not of an earlier day and the same segment, the series is not of the
         *     snapshot's version and segment or does not reach its day or counts the unit
         *     otherwise, the completeness does not have the unit, or the level or the number of
         *     lagging units is out of range
         * @throws NullPointerException if a part is null
         */
        public Content {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(completeness, "completeness");
            findings = List.copyOf(findings);
            if (!snapshot.version().contains(unitCode)) {
                throw new IllegalArgumentException("unit " + unitCode + " is not in "
                        + snapshot.version());
            }
            if (level < 1 || level > 20) {
                throw new IllegalArgumentException("level must be 1 to 20, was " + level);
            }
            if (lagging < 0 || lagging > 50) {
                throw new IllegalArgumentException("lagging must be 0 to 50, was " + lagging);
            }
            previous.ifPresent(p -> checkPrevious(snapshot, p));
            series.ifPresent(s -> checkSeries(snapshot, unitCode, s));
            completeness.ifPresent(c -> {
                if (!c.version().contains(unitCode)) {
                    throw new IllegalArgumentException("the completeness is of " + c.version()
                            + ", which has no unit " + unitCode);
                }
            });
        }

        /**
         * Returns the content of a unit's report with nothing beside the snapshot: no previous
         * day, series or completeness, the table of the unit's children, and
         * {@value #DEFAULT_LAGGING} lagging units.
         *
         * @param header  the header, not null
         * @param snapshot  the roll-up of the day, not null
         * @param unitCode  the unit, in the snapshot's version, not null
         * @return the content, not null
         * @throws IllegalArgumentException if the unit is not in the snapshot's version
         * @throws NullPointerException if an argument is null
         */
        public static Content of(Header header, Snapshot snapshot, String unitCode) {
            return new Content(header, snapshot, unitCode, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), 1, DEFAULT_LAGGING);
        }

        /**
         * Returns a copy with the roll-up of the day before, for the change.
         *
         * @param day  the roll-up of an earlier day, same segment; null for none
         * @return the copy, not null
         * @throws IllegalArgumentException if it is not of an earlier day and the same segment
         */
        public Content withPrevious(Snapshot day) {
            return new Content(header, snapshot, unitCode, Optional.ofNullable(day), series,
                    completeness, findings, level, lagging);
        }

        /**
         * Returns a copy with the series the pace and the projected date are taken from.
         *
         * @param days  the counts of the snapshot's version and segment up to its day; null for
         *     none
         * @return the copy, not null
         * @throws IllegalArgumentException if the series is of other units or segment, does not
         *     reach the snapshot's day, or counts the unit otherwise than the snapshot
         */
        public Content withSeries(Series days) {
            return new Content(header, snapshot, unitCode, previous, Optional.ofNullable(days),
                    completeness, findings, level, lagging);
        }

        /**
         * Returns a copy that says who has not reported.
         *
         * @param who  who reported for the day; null to say nothing of it
         * @return the copy, not null
         * @throws IllegalArgumentException if its version has no such unit
         */
        public Content withCompleteness(Completeness who) {
            return new Content(header, snapshot, unitCode, previous, series,
                    Optional.ofNullable(who), findings, level, lagging);
        }

        /**
         * Returns a copy that also says these findings.
         *
         * @param more  findings besides the snapshot's, not null
         * @return the copy, not null
         */
        public Content withFindings(List<Finding> more) {
            return new Content(header, snapshot, unitCode, previous, series, completeness, more,
                    level, lagging);
        }

        /**
         * Returns a copy whose table lists another level.
         *
         * @param depth  1 for the unit's children, 2 for theirs, up to 20
         * @return the copy, not null
         * @throws IllegalArgumentException if the level is out of range
         */
        public Content withLevel(int depth) {
            return new Content(header, snapshot, unitCode, previous, series, completeness,
                    findings, depth, lagging);
        }

        /**
         * Returns a copy that names another number of lagging units.
         *
         * @param n  0 to 50
         * @return the copy, not null
         * @throws IllegalArgumentException if the number is out of range
         */
        public Content withLagging(int n) {
            return new Content(header, snapshot, unitCode, previous, series, completeness,
                    findings, level, n);
        }

        private static void checkPrevious(Snapshot day, Snapshot before) {
            if (!before.date().isBefore(day.date()) || !before.segment().equals(day.segment())) {
                throw new IllegalArgumentException("the previous snapshot must be of an earlier"
                        + " day and the same segment: " + before + " for " + day);
            }
        }

        private static void checkSeries(Snapshot day, String unitCode, Series s) {
            if (!s.version().equals(day.version()) || !s.segment().equals(day.segment())
                    || s.from().isAfter(day.date()) || s.to().isBefore(day.date())) {
                throw new IllegalArgumentException("the series " + s + " does not cover "
                        + day);
            }
            if (s.count(unitCode, day.date()) != day.count(unitCode)) {
                throw new IllegalArgumentException("the series counts " + s.count(unitCode,
                        day.date()) + " for " + unitCode + " on " + day.date()
                        + ", the snapshot " + day.count(unitCode) + ": not the same figures");
            }
        }
    }

    /**
     * The wording of a report: every sentence, heading and label, with named placeholders such as
     * {@code {count}} where the figures go, and the language that formats them. The bundled
     * templates ({@code io/github/uptake/word/written-report_vi.yaml} and {@code _en.yaml}) are
     * the examples a province copies and edits; {@link #read(Path)} reads its own.
     * This class is immutable and thread-safe.
     */
    public static final class Template {
        private static final Template VI = bundled("vi");
        private static final Template EN = bundled("en");

        private final UptakeFormat format;
        private final Map<String, String> texts;

        private Template(UptakeFormat format, Map<String, String> texts) {
            this.format = format;
            this.texts = Map.copyOf(texts);
        }

        /**
         * Returns the bundled Vietnamese wording.
         *
         * @return the template, not null
         */
        public static Template vietnamese() {
            return VI;
        }

        /**
         * Returns the bundled English wording.
         *
         * @return the template, not null
         */
        public static Template english() {
            return EN;
        }

        /**
         * Returns the bundled wording of a language: Vietnamese for {@code vi}, English
         * otherwise.
         *
         * @param locale  the language, not null
         * @return the template, not null
         * @throws NullPointerException if the locale is null
         */
        public static Template of(Locale locale) {
            return "vi".equals(locale.getLanguage()) ? VI : EN;
        }

        /**
         * Reads a wording template from a file (YAML, UTF-8, every key of the bundled ones).
         *
         * @param file  the file, not null
         * @return the template, or the problems, each located to the file, its line and key, in
         *     Vietnamese and English: the file missing or not UTF-8, YAML that does not parse, a
         *     key missing, unknown or given twice, a placeholder a key cannot hold, a misused
         *     brace, a language other than vi or en
         * @throws UncheckedIOException if the file exists but cannot be read
         * @throws NullPointerException if the file is null
         */
        public static Validated<Template> read(Path file) {
            String name = file.getFileName() == null ? file.toString()
                    : file.getFileName().toString();
            try {
                return parse(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                return refused(name, "wording.missing", "Không có tệp lời văn " + file
                        + ". Chép tệp mẫu written-report_vi.yaml và sửa.", "There is no wording"
                        + " file " + file + ". Copy the bundled written-report_en.yaml and edit"
                        + " it.");
            } catch (CharacterCodingException e) {
                return refused(name, "wording.encoding", "Tệp lời văn không phải UTF-8: lưu lại"
                        + " với mã hoá UTF-8.", "The wording file is not UTF-8: save it again as"
                        + " UTF-8.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Reads a wording template from its text.
         *
         * @param name  the file's name, for the problems' locations, not blank
         * @param yaml  the YAML text, not null
         * @return the template, or the problems, as {@link #read(Path)}
         * @throws NullPointerException if the text is null
         */
        public static Validated<Template> parse(String name, String yaml) {
            TemplateReader.Result r = TemplateReader.read(name, yaml);
            Template t = r.problems().isEmpty() ? new Template("vi".equals(r.language())
                    ? UptakeFormat.vietnamese() : UptakeFormat.english(), r.texts()) : null;
            return Validated.of("wording " + name, t, r.problems());
        }

        /**
         * Returns the format of the template's language, which prints every figure and date.
         *
         * @return the format, not null
         */
        public UptakeFormat format() {
            return format;
        }

        /** Returns a text as written, empty if the template leaves it out. */
        String text(String key) {
            String s = texts.get(key);
            if (s == null) {
                throw new IllegalArgumentException("not a key of the wording: " + key);
            }
            return s;
        }

        /**
         * Returns the label of a stored source ({@code ubnd-long-an-2020}): the template's
         * {@code sources.<id>} text, else the source as stored.
         */
        String source(String id) {
            String label = texts.get(TemplateKeys.SOURCES + id);
            return label == null || label.isEmpty() ? id : label;
        }

        /** Returns a text with its placeholders filled, empty if the template leaves it out. */
        String fill(String key, Map<String, String> values) {
            return Placeholders.fill(text(key), values);
        }

        private static Template bundled(String language) {
            String name = "written-report_" + language + ".yaml";
            try (InputStream in = WrittenReport.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled " + name + " is missing");
                }
                Validated<Template> t = parse(name, new String(in.readAllBytes(),
                        StandardCharsets.UTF_8));
                if (!t.isValid()) {
                    throw new IllegalStateException("the bundled " + name + " is invalid: "
                            + t.problems());
                }
                return t.value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Validated<Template> refused(String name, String code, String vi,
                                                   String en) {
            return Validated.of("wording " + name, null, List.of(Problem.error(code,
                    Location.of(name, null, null, null, null), null, vi, en)));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Template t && t.format.equals(format) && t.texts.equals(texts);
        }

        @Override
        public int hashCode() {
            return format.hashCode() * 31 + texts.hashCode();
        }

        @Override
        public String toString() {
            return "WrittenReport.Template[" + format.locale().getLanguage() + ", "
                    + texts.size() + " texts]";
        }
    }
}
