package io.github.uptake.testing;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The real national tree of 15/8/2020 (63 provinces, 707 districts, 10.614 communes) from the test
 * resources, under a root for the country, for tests and benchmarks at national scale.
 */
public final class VietnamUnits {
    /** The code of the country root added above the provinces. */
    public static final String COUNTRY = "VN";

    private VietnamUnits() {
    }

    /**
     * Loads the 2020 tree.
     *
     * @return the version, valid from 2020-06-01, 11.385 units with the country root
     */
    public static HierarchyVersion tree2020() {
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                LocalDate.of(2020, 6, 1)).root(Unit.of(COUNTRY, UnitKind.of("country"), "Việt Nam"));
        try (InputStream in = VietnamUnits.class.getResourceAsStream(
                "/vn-admin/admin_units_2020-08-15.csv")) {
            if (in == null) {
                throw new IllegalStateException("vn-admin/admin_units_2020-08-15.csv not on the"
                        + " test classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                UnitKind kind = switch (f[0]) {
                    case "1" -> UnitKind.PROVINCE;
                    case "2" -> UnitKind.DISTRICT;
                    default -> UnitKind.COMMUNE;
                };
                b.add(Unit.of(f[1], kind, f[2]), f[4].isEmpty() ? COUNTRY : f[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }
}
