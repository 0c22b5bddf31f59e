package io.github.uptake.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.uptake.app.config.YamlProblems;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the import's mapping file: the headers, sheet, header row and columns of the sheets a
 * province sends that the importer's defaults do not know ({@code uptake import --mapping FILE},
 * {@code uptake serve --mapping FILE}). A small YAML document; every key is optional:
 *
 * <pre>
 * # the headers are compared as the importer normalises them (case, accents, spaces, ":")
 * codeHeaders: [Mã ĐV]                 # more headers of the unit code column
 * countHeaders: [Số đã tải Bluezone]   # more headers of the count column
 * populationHeaders: [Nhân khẩu]       # more headers of the population column
 * sheet: Báo cáo ngày                  # read this sheet only
 * headerRow: 4                         # the header's row (its last row if it spans two), from 1
 * codeColumn: B                        # unit codes are in this column, whatever its header
 * countColumn: E                       # counts are in this column, whatever its header
 * </pre>
 *
 * <p>A key that is not one of these, or a value of the wrong kind, refuses the file with the line
 * and column where it is and what to write instead; nothing is guessed. The keys are bound to
 * {@link Settings}, so the same block can sit under a key of a larger configuration file and be
 * read by the same rules ({@link #read(String, JsonNode)}, {@link #toMapping}).
 * This class is immutable and thread-safe.
 */
public final class MappingFile {
    /** The keys, in the order the documentation lists them. */
    public static final List<String> KEYS = List.of("codeHeaders", "countHeaders",
            "populationHeaders", "sheet", "headerRow", "codeColumn", "countColumn");

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build().readerFor(Settings.class);

    private MappingFile() {
    }

    /**
     * What a mapping file says, as Jackson binds it; every field is optional. Each setter checks
     * its value, so a bad value is refused at its own line and column.
     * Instances are mutable while being bound and are not shared.
     */
    public static final class Settings {
        private List<String> codeHeaders = List.of();
        private List<String> countHeaders = List.of();
        private List<String> populationHeaders = List.of();
        private String sheet;
        private Integer headerRow;
        private String codeColumn;
        private String countColumn;

        /** Creates empty settings: the importer's defaults. */
        public Settings() {
        }

        /**
         * Sets more headers of the unit code column.
         *
         * @param headers  the headers, none blank
         */
        @JsonProperty("codeHeaders")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setCodeHeaders(List<String> headers) {
            this.codeHeaders = headers(headers);
        }

        /**
         * Sets more headers of the count column.
         *
         * @param headers  the headers, none blank
         */
        @JsonProperty("countHeaders")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setCountHeaders(List<String> headers) {
            this.countHeaders = headers(headers);
        }

        /**
         * Sets more headers of the population column.
         *
         * @param headers  the headers, none blank
         */
        @JsonProperty("populationHeaders")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setPopulationHeaders(List<String> headers) {
            this.populationHeaders = headers(headers);
        }

        /**
         * Sets the only sheet to read.
         *
         * @param name  the sheet's name, not blank
         */
        @JsonProperty("sheet")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setSheet(String name) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("the sheet's name is blank");
            }
            this.sheet = name;
        }

        /**
         * Sets the header row.
         *
         * @param row  the row as the spreadsheet numbers it, 1 or more
         */
        @JsonProperty("headerRow")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setHeaderRow(int row) {
            if (row < 1) {
                throw new IllegalArgumentException("rows are numbered from 1, was " + row);
            }
            this.headerRow = row;
        }

        /**
         * Sets the column of unit codes.
         *
         * @param letters  the column's letters, such as {@code B}
         */
        @JsonProperty("codeColumn")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setCodeColumn(String letters) {
            this.codeColumn = column(letters);
        }

        /**
         * Sets the column of counts.
         *
         * @param letters  the column's letters, such as {@code E}
         */
        @JsonProperty("countColumn")
        @JsonSetter(nulls = Nulls.FAIL)
        public void setCountColumn(String letters) {
            this.countColumn = column(letters);
        }

        /** Returns the extra code headers, not null. */
        public List<String> codeHeaders() {
            return codeHeaders;
        }

        /** Returns the extra count headers, not null. */
        public List<String> countHeaders() {
            return countHeaders;
        }

        /** Returns the extra population headers, not null. */
        public List<String> populationHeaders() {
            return populationHeaders;
        }

        /** Returns the sheet to read, null if any. */
        public String sheet() {
            return sheet;
        }

        /** Returns the header row (from 1), null if found by its terms. */
        public Integer headerRow() {
            return headerRow;
        }

        /** Returns the code column's letters, null if found by its header. */
        public String codeColumn() {
            return codeColumn;
        }

        /** Returns the count column's letters, null if found by its header. */
        public String countColumn() {
            return countColumn;
        }

        private static List<String> headers(List<String> headers) {
            for (String h : headers) {
                if (h == null || h.isBlank()) {
                    throw new IllegalArgumentException("a header cannot be blank");
                }
            }
            return List.copyOf(headers);
        }

        private static String column(String letters) {
            String s = letters.strip().toUpperCase(Locale.ROOT);
            if (!s.matches("[A-Z]{1,3}")) {
                throw new IllegalArgumentException("a column is named by its letters (B, E, AA),"
                        + " was '" + letters + "'");
            }
            return s;
        }
    }

    /**
     * Reads a mapping file.
     *
     * @param file  the YAML file, not null
     * @return the mapping (the defaults plus what the file says), or the problems, each located to
     *     the file and line
     */
    public static Validated<ColumnMapping> read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            try (JsonParser yaml = READER.createParser(in)) {
                // nothing but comments is the defaults
                Settings s = yaml.nextToken() == null ? null : READER.readValue(yaml);
                return toMapping(name, s == null ? new Settings() : s);
            }
        } catch (NoSuchFileException e) {
            return refused(Problem.error("mapping.missing", Location.of(name, null, null, null,
                    null), file.toString(), "Không có tệp ánh xạ " + file + ".",
                    "There is no mapping file " + file + "."));
        } catch (JsonProcessingException e) {
            return refused(problem(name, e));
        } catch (IOException e) {
            return refused(Problem.error("mapping.unreadable", Location.of(name, null, null,
                    null, null), file.toString(), "Không đọc được tệp ánh xạ: " + e.getMessage(),
                    "The mapping file cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads the mapping block of a larger configuration, already parsed.
     *
     * @param source  where the block comes from, for messages (a file name, or a file and key)
     * @param node  the block, not null
     * @return the mapping, or the problems, located to the key
     */
    public static Validated<ColumnMapping> read(String source, JsonNode node) {
        try {
            Settings s = node == null || node.isNull() || node.isMissingNode() ? null
                    : READER.readValue(node);
            return toMapping(source, s == null ? new Settings() : s);
        } catch (IOException e) {
            return refused(problem(source, e));
        }
    }

    /**
     * Turns bound settings into the importer's column mapping.
     *
     * @param source  where they come from, for messages
     * @param s  the settings, not null
     * @return the mapping: the defaults plus the settings
     */
    public static Validated<ColumnMapping> toMapping(String source, Settings s) {
        ColumnMapping m = ColumnMapping.defaults().with(s.codeHeaders(), s.countHeaders())
                .withPopulationHeaders(s.populationHeaders());
        if (s.sheet() != null) {
            m = m.withSheet(s.sheet());
        }
        if (s.headerRow() != null) {
            m = m.withHeaderRow(s.headerRow());
        }
        if (s.codeColumn() != null) {
            m = m.withCodeColumn(s.codeColumn());
        }
        if (s.countColumn() != null) {
            m = m.withCountColumn(s.countColumn());
        }
        return Validated.of("mapping " + source, m, List.of());
    }

    private static Validated<ColumnMapping> refused(Problem p) {
        return Validated.of("mapping " + p.location().file().orElse(""), null, List.of(p));
    }

    /** Says where Jackson stopped and what to write instead, in both languages. */
    private static Problem problem(String source, IOException e) {
        return YamlProblems.of(source, e, VOCABULARY);
    }

    private static final YamlProblems.Vocabulary VOCABULARY = new YamlProblems.Vocabulary(
            "mapping", "Tệp ánh xạ", "The mapping file", KEYS, MappingFile::hintVi,
            MappingFile::hintEn);

    private static String hintVi(String key) {
        if (key == null || key.isEmpty()) {
            return "Tệp ánh xạ là các dòng \"khoá: giá trị\" với các khoá " + String.join(", ",
                    KEYS) + ".";
        }
        String k = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
        return switch (k) {
            case "codeHeaders", "countHeaders", "populationHeaders" -> k + " là danh sách tiêu"
                    + " đề cột, ví dụ [\"Mã ĐV\", \"Mã số\"].";
            case "sheet" -> "sheet là tên trang, ví dụ \"19-8\".";
            case "headerRow" -> "headerRow là số dòng của tiêu đề, từ 1, ví dụ 4.";
            case "codeColumn", "countColumn" -> k + " là chữ cái của cột, ví dụ B hoặc E.";
            default -> "";
        };
    }

    private static String hintEn(String key) {
        if (key == null || key.isEmpty()) {
            return "A mapping file is \"key: value\" lines with the keys " + String.join(", ",
                    KEYS) + ".";
        }
        String k = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
        return switch (k) {
            case "codeHeaders", "countHeaders", "populationHeaders" -> k + " is a list of column"
                    + " headers, e.g. [\"Mã ĐV\", \"Mã số\"].";
            case "sheet" -> "sheet is a sheet's name, e.g. \"19-8\".";
            case "headerRow" -> "headerRow is the header's row number, from 1, e.g. 4.";
            case "codeColumn", "countColumn" -> k + " is a column's letters, e.g. B or E.";
            default -> "";
        };
    }

    /** Lists the keys, for help texts. */
    static List<String> documentation() {
        List<String> lines = new ArrayList<>();
        lines.add("codeHeaders: [Mã ĐV]                # more headers of the unit code column");
        lines.add("countHeaders: [Số đã tải Bluezone]  # more headers of the count column");
        lines.add("populationHeaders: [Nhân khẩu]      # more headers of the population column");
        lines.add("sheet: Báo cáo ngày                 # read this sheet only");
        lines.add("headerRow: 4                        # the header's (last) row, from 1");
        lines.add("codeColumn: B                       # unit codes are in this column");
        lines.add("countColumn: E                      # counts are in this column");
        return lines;
    }
}
