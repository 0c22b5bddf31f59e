package io.github.uptake.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.word.WrittenReport;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One province's configuration of the reference app, read from one YAML file
 * ({@code uptake serve --config FILE}; {@code uptake demo} writes Long An's): who issues the
 * consolidated report (the Decree 30/2020/NĐ-CP header), the campaign, the segments' labels, the
 * reporting cut-off and roll-up rules, the targets, how uploads are read, where the server listens,
 * the session and security settings, the boundaries the unit pages' maps draw, and the
 * reminders by e-mail. Every section
 * may be left out and takes the defaults shown in {@code long-an.yaml}; every value is checked
 * when bound, so a bad one is refused at its line. Immutable.
 *
 * @param province  the province: its unit code and name, not null
 * @param header  the report header, not null
 * @param campaign  what is being taken up, in both languages, not null
 * @param segments  each segment's label by segment id, not null
 * @param reporting  the day, cut-off and roll-up rules, not null
 * @param targets  the target rules, not null; empty keeps the database's
 * @param mapping  how uploads read sheets that are not templates, in the keys of the mapping file;
 *     null for the importer's defaults
 * @param server  where the dashboard listens, not null
 * @param security  sessions, throttling and upload limits, not null
 * @param map  the boundaries the unit pages' maps draw besides the shipped provinces, not null
 * @param reminders  the reminders before the cut-off by e-mail ({@code uptake remind}, and
 *     {@code serve} every minute); null when not configured
 */
public record AppConfig(Province province, Header header, Texts campaign,
                        Map<String, Texts> segments, Reporting reporting, List<Target> targets,
                        JsonNode mapping, Server server, Security security, MapSettings map,
                        ReminderSettings reminders) {
    /** The top-level keys, in the order of the documentation. */
    public static final List<String> KEYS = List.of("province", "header", "campaign", "segments",
            "reporting", "targets", "mapping", "server", "security", "map", "reminders");

    /** Fills the sections left out with their defaults. */
    public AppConfig {
        province = province == null ? new Province("80", "Long An") : province;
        header = header == null ? new Header(null, null, null, null) : header;
        campaign = campaign == null ? new Texts("ứng dụng Bluezone", "the Bluezone app")
                : campaign;
        Map<String, Texts> labels = new LinkedHashMap<>(DEFAULT_SEGMENTS);
        if (segments != null) {
            segments.forEach((id, t) -> {
                Segment.of(id);
                labels.put(id, t);
            });
        }
        segments = Map.copyOf(labels);
        reporting = reporting == null ? new Reporting(null, null, null, null) : reporting;
        targets = targets == null ? List.of() : List.copyOf(targets);
        server = server == null ? new Server(null, null, null, null) : server;
        security = security == null ? new Security(null, null, null, null, null, null, null)
                : security;
        map = map == null ? new MapSettings(null) : map;
    }

    /**
     * Makes a configuration without a {@code map} section: the maps draw the shipped provinces
     * only.
     *
     * @param province  the province, null for the default
     * @param header  the report header, null for the default
     * @param campaign  what is being taken up, null for the default
     * @param segments  the segments' labels, null for the defaults
     * @param reporting  the reporting rules, null for the defaults
     * @param targets  the target rules, null for none
     * @param mapping  the upload mapping, null for the importer's defaults
     * @param server  where the dashboard listens, null for the default
     * @param security  the security settings, null for the defaults
     */
    public AppConfig(Province province, Header header, Texts campaign,
                     Map<String, Texts> segments, Reporting reporting, List<Target> targets,
                     JsonNode mapping, Server server, Security security) {
        this(province, header, campaign, segments, reporting, targets, mapping, server, security,
                null, null);
    }

    /**
     * Makes a configuration without reminders.
     *
     * @param province  the province, null for the default
     * @param header  the report header, null for the default
     * @param campaign  what is being taken up, null for the default
     * @param segments  the segments' labels, null for the defaults
     * @param reporting  the reporting rules, null for the defaults
     * @param targets  the target rules, null for none
     * @param mapping  the upload mapping, null for the importer's defaults
     * @param server  where the dashboard listens, null for the default
     * @param security  the security settings, null for the defaults
     * @param map  the maps' boundaries, null for the shipped provinces only
     */
    public AppConfig(Province province, Header header, Texts campaign,
                     Map<String, Texts> segments, Reporting reporting, List<Target> targets,
                     JsonNode mapping, Server server, Security security, MapSettings map) {
        this(province, header, campaign, segments, reporting, targets, mapping, server, security,
                map, null);
    }

    private static final Map<String, Texts> DEFAULT_SEGMENTS = Map.of(
            "residents", new Texts("Người dân", "Residents"),
            "staff", new Texts("Cán bộ, công chức, viên chức, người lao động", "Staff"),
            "workers", new Texts("Công nhân", "Workers"),
            "visitors", new Texts("Khách", "Visitors"));

    /**
     * The province.
     *
     * @param code  the province's unit code, the root of the territorial hierarchy, not blank
     * @param name  its name, e.g. {@code Long An}, not blank
     */
    public record Province(String code, String name) {
        /** Checks the fields. */
        public Province {
            code = text(code, "province.code");
            name = text(name, "province.name");
        }
    }

    /**
     * The reports' header, in the layout of Decree 30/2020/NĐ-CP, and what only the written report
     * (Word) has: its recipients, its signer and its wording.
     *
     * @param issuingParent  the body above the issuer, e.g. {@code UBND TỈNH LONG AN}; null for
     *     {@code UBND TỈNH} and the province's name in capitals
     * @param issuingBody  the issuer; null for {@code SỞ THÔNG TIN VÀ TRUYỀN THÔNG}
     * @param place  the place in the date line; null for the province's name
     * @param symbol  the document's symbol, e.g. {@code BC-STTTT}; null or empty for none
     * @param recipients  the written report's recipients ("Kính gửi"), none blank; null or empty
     *     for the province's People's Committee
     * @param signerTitle  the written report's signer's title; null for {@code GIÁM ĐỐC}
     *     ({@code DIRECTOR} in English)
     * @param signerName  the name typed under the signature; null or empty to write it by hand
     * @param wording  the written report's wording files (YAML, see {@link Wording}), each
     *     replacing the bundled wording of its language, relative to the configuration file's
     *     folder; null or empty for the bundled ones
     */
    public record Header(String issuingParent, String issuingBody, String place, String symbol,
                         List<String> recipients, String signerTitle, String signerName,
                         List<String> wording) {
        /** Checks the written report's fields. */
        public Header {
            recipients = recipients == null ? List.of() : recipients.stream()
                    .map(r -> text(r, "header.recipients")).toList();
            signerTitle = signerTitle == null ? null : text(signerTitle, "header.signerTitle");
            signerName = signerName == null ? "" : signerName.strip();
            wording = wording == null ? List.of() : wording.stream()
                    .map(w -> text(w, "header.wording")).toList();
        }

        /**
         * Makes a header with the written report's defaults.
         *
         * @param issuingParent  the body above the issuer; null for the default
         * @param issuingBody  the issuer; null for the default
         * @param place  the place in the date line; null for the province's name
         * @param symbol  the document's symbol; null or empty for none
         */
        public Header(String issuingParent, String issuingBody, String place, String symbol) {
            this(issuingParent, issuingBody, place, symbol, null, null, null, null);
        }
    }

    /**
     * A text in both languages.
     *
     * @param vi  the Vietnamese text, not blank
     * @param en  the English text, not blank
     */
    public record Texts(String vi, String en) {
        /** Checks the fields. */
        public Texts {
            vi = text(vi, "vi");
            en = text(en, "en");
        }

        /**
         * Returns the text for a language.
         *
         * @param locale  the language, not null
         * @return the English text for English, else the Vietnamese one
         */
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : vi;
        }
    }

    /**
     * When and how figures count.
     *
     * @param timeZone  the province's time zone, for "today"; null for {@code Asia/Ho_Chi_Minh}
     * @param cutOff  the daily reporting cut-off, {@code HH:mm}; null for 16:00
     * @param carryForwardDays  how many days a figure stays current, 0 to 3660; null for 3
     * @param parentFigures  {@code children}, {@code own} or {@code own-when-children-missing};
     *     null for the roll-up's default
     */
    public record Reporting(String timeZone, String cutOff, Integer carryForwardDays,
                            String parentFigures) {
        /** Checks the fields and fills the defaults. */
        public Reporting {
            timeZone = timeZone == null ? "Asia/Ho_Chi_Minh" : timeZone.strip();
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("timeZone: múi giờ không có / no such time zone: "
                        + timeZone + " (e.g. Asia/Ho_Chi_Minh)");
            }
            cutOff = cutOff == null ? "16:00" : cutOff.strip();
            try {
                LocalTime.parse(cutOff);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("cutOff: giờ chốt số liệu viết HH:mm / the cut-off is"
                        + " HH:mm, e.g. 16:00: " + cutOff);
            }
            carryForwardDays = carryForwardDays == null ? RollUpPolicy.DEFAULT_CARRY_FORWARD_DAYS
                    : carryForwardDays;
            if (carryForwardDays < 0 || carryForwardDays > 3660) {
                throw new IllegalArgumentException("carryForwardDays: số ngày từ 0 đến 3660 / a"
                        + " number of days from 0 to 3660, was " + carryForwardDays);
            }
            parentFigures = parentFigures == null ? null : parentFigure(parentFigures) == null
                    ? null : parentFigures.strip();
        }

        /** Returns the zone. */
        public ZoneId zone() {
            return ZoneId.of(timeZone);
        }

        /** Returns the cut-off time. */
        public LocalTime cutOffTime() {
            return LocalTime.parse(cutOff);
        }
    }

    /**
     * A target rule.
     *
     * @param segment  the segment's id, e.g. {@code residents}, not blank
     * @param threshold  the share to reach, e.g. {@code 60%} or {@code 3/5}, not blank
     * @param unitKind  the kind of unit the rule is limited to, e.g. {@code district}; null for
     *     every kind
     * @param deadline  the last day to reach it, {@code YYYY-MM-DD}; null for none
     */
    public record Target(String segment, String threshold, String unitKind, String deadline) {
        /** Checks the fields. */
        public Target {
            Segment.of(text(segment, "segment"));
            Threshold.parse(text(threshold, "threshold"));
            if (unitKind != null) {
                UnitKind.of(unitKind);
            }
            if (deadline != null) {
                try {
                    LocalDate.parse(deadline.strip());
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("deadline: hạn viết YYYY-MM-DD / the deadline is"
                            + " YYYY-MM-DD: " + deadline);
                }
            }
        }

        /** Returns the rule. */
        public TargetRule rule() {
            TargetRule r = TargetRule.of(Segment.of(segment), Threshold.parse(threshold));
            return r.forKind(unitKind == null ? null : UnitKind.of(unitKind))
                    .by(deadline == null ? null : LocalDate.parse(deadline.strip()));
        }
    }

    /**
     * Where the dashboard listens, and how often its live model looks for what other processes
     * stored.
     *
     * @param host  the address; null for 127.0.0.1 (this machine only)
     * @param port  the port, 0 to 65535 (0 for any free one); null for 7070
     * @param pollSeconds  how often the live model reads the reports stored since it last looked
     *     (by another app instance or {@code uptake import} on the same database), 1 to 3600
     *     seconds; null for 2
     * @param referenceReloadMinutes  how often it reads the units, denominators, target rules and
     *     authoritative counts again, 1 to 1440 minutes; null for 5
     */
    public record Server(String host, Integer port, Integer pollSeconds,
                         Integer referenceReloadMinutes) {
        /** Checks the fields and fills the defaults. */
        public Server {
            host = host == null ? "127.0.0.1" : text(host, "host");
            port = port == null ? 7070 : port;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: cổng từ 0 đến 65535 / a port from 0 to 65535: "
                        + port);
            }
            pollSeconds = range("pollSeconds", pollSeconds, 2, 1, 3600);
            referenceReloadMinutes = range("referenceReloadMinutes", referenceReloadMinutes, 5, 1,
                    1440);
        }

        /** Returns how often the reports are polled. */
        public java.time.Duration poll() {
            return java.time.Duration.ofSeconds(pollSeconds);
        }

        /** Returns how often the reference data is read again. */
        public java.time.Duration referenceReload() {
            return java.time.Duration.ofMinutes(referenceReloadMinutes);
        }
    }

    /**
     * Sessions, login throttling and uploads.
     *
     * @param secureCookies  true when the app is reached over TLS (directly or behind a proxy):
     *     the session cookie is then sent only over HTTPS; null for false
     * @param sessionIdleMinutes  a session unused this long ends, 1 to 1440; null for 30
     * @param sessionMaxHours  a session ends this long after login whatever its use, 1 to 168;
     *     null for 12
     * @param loginFailuresPerAccount  wrong passwords for one account before it is paused,
     *     1 to 1000; null for 5
     * @param loginFailuresPerAddress  wrong passwords from one address before it is paused,
     *     1 to 10000; null for 20
     * @param loginPauseMinutes  how long the pause lasts, 1 to 1440; null for 15
     * @param maxUploadMegabytes  the largest upload, 1 to 200 MB (10^6 bytes); null for 10
     */
    public record Security(Boolean secureCookies, Integer sessionIdleMinutes,
                           Integer sessionMaxHours, Integer loginFailuresPerAccount,
                           Integer loginFailuresPerAddress, Integer loginPauseMinutes,
                           Integer maxUploadMegabytes) {
        /** Checks the fields and fills the defaults. */
        public Security {
            secureCookies = secureCookies != null && secureCookies;
            sessionIdleMinutes = range("sessionIdleMinutes", sessionIdleMinutes, 30, 1, 1440);
            sessionMaxHours = range("sessionMaxHours", sessionMaxHours, 12, 1, 168);
            loginFailuresPerAccount = range("loginFailuresPerAccount", loginFailuresPerAccount, 5,
                    1, 1000);
            loginFailuresPerAddress = range("loginFailuresPerAddress", loginFailuresPerAddress, 20,
                    1, 10_000);
            loginPauseMinutes = range("loginPauseMinutes", loginPauseMinutes, 15, 1, 1440);
            maxUploadMegabytes = range("maxUploadMegabytes", maxUploadMegabytes, 10, 1, 200);
        }

        /** Returns the largest upload in bytes. */
        public long maxUploadBytes() {
            return maxUploadMegabytes * 1_000_000L;
        }
    }

    /**
     * The maps of the unit pages: boundaries besides the shipped provinces of 2020 (which are
     * always drawn), e.g. a province's districts. Where the units below a unit do not all have a
     * boundary, the page draws a schematic instead.
     *
     * @param boundaries  GeoJSON files keyed by unit code, later ones winning for a code; null
     *     for none
     */
    public record MapSettings(List<BoundaryFile> boundaries) {
        /** Copies the list. */
        public MapSettings {
            boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
        }
    }

    /**
     * A GeoJSON file of boundaries: a {@code FeatureCollection} of {@code Polygon}s and
     * {@code MultiPolygon}s in longitude and latitude, each naming its unit's code in a property.
     * The file itself is checked when the configuration file is read ({@link AppConfigFile}).
     *
     * @param file  its path, relative to the configuration file's folder, not blank
     * @param codeProperty  the feature property that holds the unit's code; null for
     *     {@code code}
     * @param validFrom  the first day the boundaries hold, {@code YYYY-MM-DD}; null for always
     * @param validUntil  the last day they hold, {@code YYYY-MM-DD}, not before
     *     {@code validFrom}; null for no end
     * @param attribution  the credit the data's licence asks for, shown under the maps that
     *     draw them; null for the file's name only
     */
    public record BoundaryFile(String file, String codeProperty, String validFrom,
                               String validUntil, String attribution) {
        /** Checks the fields. */
        public BoundaryFile {
            if (file == null || file.isBlank()) {
                throw new IllegalArgumentException("file: ghi đường dẫn của một tệp GeoJSON / write"
                        + " the path of a GeoJSON file");
            }
            file = file.strip();
            if (codeProperty != null && codeProperty.isBlank()) {
                throw new IllegalArgumentException("codeProperty: ghi tên thuộc tính chứa mã đơn vị,"
                        + " hoặc bỏ dòng này để dùng code / write the property holding the unit"
                        + " code, or leave the line out for code");
            }
            codeProperty = codeProperty == null ? "code" : codeProperty.strip();
            validFrom = day(validFrom, "validFrom");
            validUntil = day(validUntil, "validUntil");
            attribution = attribution == null || attribution.isBlank() ? null
                    : attribution.strip();
            if (validFrom != null && validUntil != null
                    && LocalDate.parse(validUntil).isBefore(LocalDate.parse(validFrom))) {
                throw new IllegalArgumentException("validUntil: ngày cuối " + validUntil
                        + " trước ngày đầu " + validFrom + " / the last day " + validUntil
                        + " is before the first " + validFrom);
            }
        }

        /** Returns the first day, or null. */
        public LocalDate from() {
            return validFrom == null ? null : LocalDate.parse(validFrom);
        }

        /** Returns the last day, or null. */
        public LocalDate until() {
            return validUntil == null ? null : LocalDate.parse(validUntil);
        }

        private static String day(String s, String key) {
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip()).toString();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(key + ": ngày viết YYYY-MM-DD / a day is"
                        + " written YYYY-MM-DD: " + s);
            }
        }
    }

    /**
     * Returns the roll-up policy the reporting section says.
     *
     * @return the policy, not null
     */
    public RollUpPolicy policy() {
        RollUpPolicy p = RollUpPolicy.defaults().withCarryForwardDays(reporting.carryForwardDays());
        return reporting.parentFigures() == null ? p
                : p.withParentFigure(parentFigure(reporting.parentFigures()));
    }

    /**
     * Returns a copy whose reporting section rolls up under another policy (its carry-forward and
     * parent figures), e.g. one changed by command-line options.
     *
     * @param p  the policy, not null
     * @return the copy, not null
     */
    public AppConfig withPolicy(RollUpPolicy p) {
        return new AppConfig(province, header, campaign, segments, new Reporting(
                reporting.timeZone(), reporting.cutOff(), p.carryForwardDays(),
                io.github.uptake.app.RollUpOptions.name(p.parentFigure())), targets, mapping,
                server, security, map, reminders);
    }

    /**
     * Returns a copy whose {@code map} section is another.
     *
     * @param m  the map section, not null
     * @return the copy, not null
     */
    public AppConfig withMap(MapSettings m) {
        return new AppConfig(province, header, campaign, segments, reporting, targets, mapping,
                server, security, java.util.Objects.requireNonNull(m, "m"), reminders);
    }

    /**
     * Returns a copy whose {@code reminders} section is another.
     *
     * @param r  the reminders, null for none
     * @return the copy, not null
     */
    public AppConfig withReminders(ReminderSettings r) {
        return new AppConfig(province, header, campaign, segments, reporting, targets, mapping,
                server, security, map, r);
    }

    /**
     * Returns the target rules, or empty when the file names none (the database's are kept).
     *
     * @return the rules, not null
     */
    public List<TargetRule> targetRules() {
        List<TargetRule> rules = new ArrayList<>();
        targets.forEach(t -> rules.add(t.rule()));
        return rules;
    }

    /**
     * Returns the target rules as the reference store keeps them.
     *
     * @return the rules; none if the file names none
     */
    public TargetRules targetRuleSet() {
        return targetRules().isEmpty() ? TargetRules.none() : TargetRules.of(targetRules());
    }

    /**
     * Returns a segment's label.
     *
     * @param segment  the segment, not null
     * @param locale  the language, not null
     * @return the configured label, or the segment's id if it has none
     */
    public String segmentLabel(Segment segment, Locale locale) {
        Texts t = segments.get(segment.id());
        return t == null ? segment.id() : t.in(locale);
    }

    /**
     * Returns the consolidated report's header for a report.
     *
     * @param issuedOn  the date in the date line (the report's day), not null
     * @return the header, not null
     */
    public ConsolidatedReport.Header reportHeader(LocalDate issuedOn) {
        String parent = header.issuingParent() != null ? header.issuingParent()
                : "UBND TỈNH " + province.name().toUpperCase(new Locale("vi"));
        String body = header.issuingBody() != null ? header.issuingBody()
                : "SỞ THÔNG TIN VÀ TRUYỀN THÔNG";
        String place = header.place() != null ? header.place() : province.name();
        // the Decree 30 form: "Số:      /BC-STTTT", the number written in by hand
        String symbol = header.symbol() == null || header.symbol().isBlank() ? null
                : header.symbol().strip().startsWith("Số") ? header.symbol().strip()
                : "Số:      /" + header.symbol().strip();
        return new ConsolidatedReport.Header(parent, body, symbol, place, issuedOn,
                campaign.vi());
    }

    /**
     * Returns a copy whose {@code header} section is another, e.g. with its files' paths
     * resolved.
     *
     * @param h  the header section, not null
     * @return the copy, not null
     */
    public AppConfig withHeader(Header h) {
        return new AppConfig(province, java.util.Objects.requireNonNull(h, "h"), campaign,
                segments, reporting, targets, mapping, server, security, map, reminders);
    }

    /**
     * Returns the written report's header, recipients and signature for a report, in a language.
     *
     * @param issuedOn  the date in the date line (the report's day), not null
     * @param locale  the report's language: its campaign's name, default recipient and signer's
     *     title, not null
     * @return the header, not null
     */
    public WrittenReport.Header writtenReportHeader(LocalDate issuedOn, Locale locale) {
        ConsolidatedReport.Header h = reportHeader(issuedOn);
        boolean en = "en".equals(locale.getLanguage());
        // the symbol as written, "BC-STTTT", or a whole "Số: 12/BC-STTTT"
        String symbol = header.symbol() == null ? "" : header.symbol().strip();
        String number = "";
        if (symbol.startsWith("Số") && symbol.contains("/")) {
            number = symbol.substring(symbol.indexOf(':') + 1, symbol.indexOf('/')).strip();
            symbol = symbol.substring(symbol.indexOf('/') + 1).strip();
        }
        List<String> recipients = !header.recipients().isEmpty() ? header.recipients()
                : List.of(en ? "The People's Committee of " + province.name() + " province"
                : "Ủy ban nhân dân tỉnh " + province.name());
        String signer = header.signerTitle() != null ? header.signerTitle()
                : en ? "DIRECTOR" : "GIÁM ĐỐC";
        return new WrittenReport.Header(h.issuingParent(), h.issuingBody(), number, symbol,
                h.place(), issuedOn, campaign.in(locale), recipients, signer,
                header.signerName());
    }

    /**
     * Returns today in the province's time zone.
     *
     * @param clock  the clock, not null
     * @return the day, not null
     */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(reporting.zone()));
    }

    private static RollUpPolicy.ParentFigure parentFigure(String v) {
        return switch (v.strip()) {
            case "children" -> RollUpPolicy.ParentFigure.CHILDREN_SUM;
            case "own" -> RollUpPolicy.ParentFigure.OWN_FIGURE;
            case "own-when-children-missing" -> RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING;
            default -> throw new IllegalArgumentException("parentFigures: viết children, own hoặc"
                    + " own-when-children-missing / write children, own or"
                    + " own-when-children-missing: " + v);
        };
    }

    private static Integer range(String key, Integer v, int otherwise, int min, int max) {
        int x = v == null ? otherwise : v;
        if (x < min || x > max) {
            throw new IllegalArgumentException(key + ": từ " + min + " đến " + max + " / from "
                    + min + " to " + max + ", was " + x);
        }
        return x;
    }

    private static String text(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " không được để trống / must not be blank");
        }
        return s.strip();
    }
}
