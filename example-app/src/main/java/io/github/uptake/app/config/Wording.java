package io.github.uptake.app.config;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import io.github.uptake.word.WrittenReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wording of the written report (Word) a configuration names in {@code header.wording}: YAML
 * files, each a copy of the bundled {@code written-report_vi.yaml} or {@code _en.yaml} (in the
 * jar, {@code io/github/uptake/word/}) that a province edited; each replaces the bundled wording
 * of its language ({@code language: vi} or {@code en}). Paths are taken from the configuration
 * file's folder. A file that is missing or wrong refuses the configuration, each problem at its
 * file, line and key. This class is stateless and thread-safe.
 */
public final class Wording {
    private Wording() {
    }

    /**
     * Resolves the wording files' paths against a folder.
     *
     * @param h  the header section as bound, not null
     * @param folder  the configuration file's folder, null to keep the paths as written
     * @return the section with the paths resolved, not null
     */
    static AppConfig.Header resolve(AppConfig.Header h, Path folder) {
        if (folder == null || h.wording().isEmpty()) {
            return h;
        }
        List<String> files = h.wording().stream()
                .map(w -> folder.resolve(w).normalize().toString()).toList();
        return new AppConfig.Header(h.issuingParent(), h.issuingBody(), h.place(), h.symbol(),
                h.recipients(), h.signerTitle(), h.signerName(), files);
    }

    /**
     * Reads every wording file a header names.
     *
     * @param name  the configuration file's name, for the locations, not null
     * @param h  the header section, its paths resolved, not null
     * @return the problems of the files, each at its file, line and key, and a second file of a
     *     language at its {@code header.wording} entry; empty if every file is good
     */
    static List<Problem> check(String name, AppConfig.Header h) {
        Validated<Map<String, WrittenReport.Template>> t = templates(name, h);
        return t.problems();
    }

    /**
     * Returns the wording of a language: the configuration's file of that language, else the
     * bundled one.
     *
     * @param h  the configuration's header section, not null
     * @param locale  the report's language, not null
     * @return the wording, not null
     * @throws ProblemsException if a wording file is now missing or wrong (it was read when the
     *     configuration was), with its problems
     */
    public static WrittenReport.Template template(AppConfig.Header h, Locale locale) {
        Validated<Map<String, WrittenReport.Template>> t = templates("config", h);
        if (!t.isValid()) {
            throw new ProblemsException("the wording of the written report", t.problems());
        }
        String language = "vi".equals(locale.getLanguage()) ? "vi" : "en";
        return t.value().getOrDefault(language, WrittenReport.Template.of(locale));
    }

    private static Validated<Map<String, WrittenReport.Template>> templates(String name,
                                                                           AppConfig.Header h) {
        Map<String, WrittenReport.Template> byLanguage = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < h.wording().size(); i++) {
            Path file = Path.of(h.wording().get(i));
            Validated<WrittenReport.Template> t = WrittenReport.Template.read(file);
            problems.addAll(t.problems());
            if (!t.isValid()) {
                continue;
            }
            String language = t.value().format().locale().getLanguage();
            if (byLanguage.putIfAbsent(language, t.value()) != null) {
                String key = "header.wording[" + i + "]";
                problems.add(Problem.error("config.wording.twice", Location.of(name, null, null,
                        null, key), file.toString(), "Đã có một tệp lời văn tiếng " + language
                        + " trước " + file + " (" + key + "): giữ một tệp cho mỗi ngôn ngữ.",
                        "There is already a wording file in " + language + " before " + file
                        + " (" + key + "): keep one file per language."));
            }
        }
        return Validated.of("wording", byLanguage, problems);
    }
}
