package io.github.uptake.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.uptake.app.MappingFile;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes the app's configuration file ({@link AppConfig}): YAML, every key checked as it
 * is bound, so an unknown key, a value of the wrong kind or out of range is refused with the file,
 * line, key path and what to write, in Vietnamese and English. Thread-safe.
 */
public final class AppConfigFile {
    /** The name {@code uptake demo} writes beside the demo database. */
    public static final String FILE_NAME = "uptake.yaml";

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build().readerFor(AppConfig.class);

    private static final YamlProblems.Vocabulary VOCABULARY = new YamlProblems.Vocabulary(
            "config", "Tệp cấu hình", "The configuration file", AppConfig.KEYS,
            key -> "Xem tệp mẫu do 'uptake demo' ghi ra (" + FILE_NAME + ") để biết các khoá.",
            key -> "See the example 'uptake demo' writes (" + FILE_NAME + ") for the keys.");

    private AppConfigFile() {
    }

    /**
     * Reads a configuration file.
     *
     * @param file  the YAML file, not null
     * @return the configuration and the column mapping its {@code mapping} block gives, or the
     *     problems, each located to the file, line and key
     */
    public static Validated<Loaded> read(Path file) {
        String name = file.getFileName().toString();
        try {
            return bind(name, Files.readString(file, StandardCharsets.UTF_8),
                    file.toAbsolutePath().getParent());
        } catch (NoSuchFileException e) {
            return refused(Problem.error("config.missing", Location.of(name, null, null, null,
                    null), file.toString(), "Không có tệp cấu hình " + file + ". 'uptake demo' ghi"
                    + " một tệp mẫu (" + FILE_NAME + ") để sao chép và sửa.", "There is no"
                    + " configuration file " + file + ". 'uptake demo' writes an example ("
                    + FILE_NAME + ") to copy and edit."));
        } catch (java.nio.charset.MalformedInputException e) {
            return refused(Problem.error("config.encoding", Location.of(name, null, null, null,
                    null), null, "Tệp cấu hình không phải UTF-8: lưu lại với mã hoá UTF-8.",
                    "The configuration file is not UTF-8: save it again as UTF-8."));
        } catch (IOException e) {
            return refused(YamlProblems.of(name, e, VOCABULARY));
        }
    }

    /**
     * A configuration as read, with its upload mapping resolved.
     *
     * @param config  the configuration, not null
     * @param mapping  the column mapping of uploads, not null
     */
    public record Loaded(AppConfig config, ColumnMapping mapping) {
    }

    /**
     * Returns Long An's configuration, the one {@code uptake demo} writes.
     *
     * @return the configuration, not null
     */
    public static Loaded longAn() {
        try {
            Validated<Loaded> v = bind("long-an.yaml", longAnText(), null);
            if (!v.isValid()) {
                throw new IllegalStateException("the bundled long-an.yaml is invalid: "
                        + v.problems());
            }
            return v.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the text of Long An's configuration, with its comments: the example a province
     * copies.
     *
     * @return the YAML text, not null
     */
    public static String longAnText() {
        try (InputStream in = AppConfigFile.class.getResourceAsStream("long-an.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binds a configuration's text and checks what binding cannot: the upload mapping, the map's
     * boundary files, the written report's wording files and the reminders' contacts file (whose
     * relative paths are taken from {@code folder}), and that the reminders go before the
     * cut-off.
     */
    private static Validated<Loaded> bind(String name, String text, Path folder)
            throws IOException {
        AppConfig c;
        try (JsonParser yaml = READER.createParser(text)) {
            c = yaml.nextToken() == null ? new AppConfig(null, null, null, null, null, null, null,
                    null, null, null) : READER.readValue(yaml);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return refused(YamlProblems.of(name, e, VOCABULARY, text));
        }
        Validated<ColumnMapping> m = MappingFile.read(name + " mapping", c.mapping());
        if (!m.isValid()) {
            return Validated.of("config " + name, null, m.problems());
        }
        c = c.withMap(AppConfigMap.resolve(c.map(), folder));
        List<Problem> map = AppConfigMap.check(name, text, c.map());
        if (!map.isEmpty()) {
            return Validated.of("config " + name, null, map);
        }
        c = c.withHeader(Wording.resolve(c.header(), folder));
        List<Problem> wording = Wording.check(name, c.header());
        if (!wording.isEmpty()) {
            return Validated.of("config " + name, null, wording);
        }
        if (c.reminders() != null) {
            c = c.withReminders(c.reminders().resolve(folder));
            List<Problem> reminders = ReminderSettings.check(name, text, c);
            if (!reminders.isEmpty()) {
                return Validated.of("config " + name, null, reminders);
            }
        }
        return Validated.of("config " + name, new Loaded(c, m.value()), List.of());
    }

    private static Validated<Loaded> refused(Problem p) {
        return Validated.of("config " + p.location().file().orElse(""), null, List.of(p));
    }

}
