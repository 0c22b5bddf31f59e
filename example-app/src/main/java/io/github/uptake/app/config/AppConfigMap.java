package io.github.uptake.app.config;

import io.github.uptake.app.map.GeoJson;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the {@code map} section of a configuration file once it is bound: every boundary file
 * named exists, can be read, and is GeoJSON whose every feature has the code property; a file
 * that is not is refused at its {@code file:} key (line and key path), in Vietnamese and English.
 * Relative paths are taken from the configuration file's folder, and the configuration read keeps
 * them resolved. This class is stateless and thread-safe.
 */
final class AppConfigMap {
    /**
     * The largest boundary file read: 100 MB (10^6 bytes). The 63 provinces are 0,8 MB; a file
     * is read whole before it is simplified, so a larger one could fill a small server's heap.
     */
    static final long MAX_FILE_BYTES = 100_000_000L;

    private static final Pattern FILE_KEY = Pattern.compile("(^|[{,\\s])\"?file\"?\\s*:");

    private AppConfigMap() {
    }

    /**
     * Resolves the boundary files' paths against a folder.
     *
     * @param map  the section as bound, not null
     * @param folder  the configuration file's folder, null to keep the paths as written
     * @return the section with the paths resolved, not null
     */
    static AppConfig.MapSettings resolve(AppConfig.MapSettings map, Path folder) {
        if (folder == null) {
            return map;
        }
        List<AppConfig.BoundaryFile> out = new ArrayList<>();
        for (AppConfig.BoundaryFile b : map.boundaries()) {
            out.add(new AppConfig.BoundaryFile(folder.resolve(b.file()).normalize().toString(),
                    b.codeProperty(), b.validFrom(), b.validUntil(), b.attribution()));
        }
        return new AppConfig.MapSettings(out);
    }

    /**
     * Checks the boundary files.
     *
     * @param name  the configuration file's name, for the location, not null
     * @param text  its text, to find the lines of the keys, not null
     * @param map  the section, its paths resolved, not null
     * @return the problems, each located at its {@code file:} key; empty if every file is good
     */
    static List<Problem> check(String name, String text, AppConfig.MapSettings map) {
        return check(name, text, map, MAX_FILE_BYTES);
    }

    /** Checks with a size limit of the caller's, for the tests. */
    static List<Problem> check(String name, String text, AppConfig.MapSettings map,
                               long maxFileBytes) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < map.boundaries().size(); i++) {
            AppConfig.BoundaryFile b = map.boundaries().get(i);
            String key = "map.boundaries[" + i + "].file";
            int line = lineOfFile(text, i);
            Location at = Location.of(name, null, null, line > 0 ? line : null, key);
            Path file = Path.of(b.file());
            if (!Files.isRegularFile(file)) {
                out.add(Problem.error("config.map.missing", at, b.file(), "Không có tệp ranh"
                        + " giới " + file + " (" + key + "). Ghi đường dẫn tới một tệp GeoJSON,"
                        + " tính từ thư mục của tệp cấu hình.", "There is no boundary file "
                        + file + " (" + key + "). Give the path of a GeoJSON file, from the"
                        + " configuration file's folder."));
                continue;
            }
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = 0;
            }
            if (size > maxFileBytes) {
                // read whole into memory, simplified only after: refused before it can fill it
                out.add(Problem.error("config.map.too-large", at, b.file(), "Tệp ranh giới " + file
                        + " (" + key + ") lớn quá: " + size / 1_000_000 + " MB; giới hạn là "
                        + maxFileBytes / 1_000_000 + " MB. Hãy đơn giản hóa các đường ranh giới"
                        + " (ví dụ mapshaper -simplify) rồi ghi lại tệp.", "The boundary file "
                        + file + " (" + key + ") is too large: " + size / 1_000_000 + " MB; the"
                        + " limit is " + maxFileBytes / 1_000_000 + " MB. Simplify the boundaries"
                        + " (e.g. mapshaper -simplify) and write the file again."));
                continue;
            }
            Validated<List<GeoJson.Feature>> v;
            try (InputStream in = Files.newInputStream(file)) {
                v = GeoJson.read(file.getFileName().toString(), in, b.codeProperty());
            } catch (IOException e) {
                out.add(Problem.error("config.map.unreadable", at, b.file(), "Không đọc được tệp"
                        + " ranh giới " + file + " (" + key + "): " + e.getMessage() + ".",
                        "The boundary file " + file + " (" + key + ") cannot be read: "
                                + e.getMessage() + "."));
                continue;
            }
            for (Problem p : v.problems()) {
                String where = p.location().field().map(f -> " " + f).orElse("")
                        + (p.location().line().isPresent() ? " (" + p.location().line()
                        .getAsInt() + ")" : "");
                out.add(Problem.error("config.map." + p.code().replace("geojson.", ""), at,
                        b.file(), "Tệp ranh giới " + file + " (" + key + ")" + where + ": "
                                + p.messageVi(), "The boundary file " + file + " (" + key + ")"
                                + where + ": " + p.messageEn()));
            }
        }
        return out;
    }

    /**
     * Returns the 1-based line of the {@code index}-th {@code file:} key after
     * {@code map: boundaries:}, or 0 if it is not found.
     */
    static int lineOfFile(String text, int index) {
        int start = YamlProblems.lineOf(text, List.of("map", "boundaries"));
        if (start == 0) {
            return 0;
        }
        String[] lines = text.split("\\R", -1);
        int seen = 0;
        for (int i = start - 1; i < lines.length; i++) {
            String l = lines[i];
            if (l.stripLeading().startsWith("#")) {
                continue;
            }
            int hash = l.indexOf(" #");
            Matcher m = FILE_KEY.matcher(hash < 0 ? l : l.substring(0, hash));
            while (m.find()) {
                if (seen++ == index) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
