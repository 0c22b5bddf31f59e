package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A named tree of units with its history: effective-dated {@link HierarchyVersion}s, each valid from
 * its first day until the next version starts (or its own end, if set).
 *
 * <p>A province keeps several hierarchies, at least {@link #TERRITORIAL} and {@link #SECTORAL}. Never
 * add figures of two hierarchies together: a worker is also a resident.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Hierarchy {
    /** The name of the territorial hierarchy: province, districts, communes. */
    public static final String TERRITORIAL = "territorial";
    /** The name of the sectoral hierarchy: organisations under the province. */
    public static final String SECTORAL = "sectoral";

    private final String name;
    private final List<HierarchyVersion> versions;

    private Hierarchy(String name, List<HierarchyVersion> versions) {
        this.name = name;
        this.versions = versions;
    }

    /**
     * Obtains a hierarchy with one version.
     *
     * @param version  the version, not null
     * @return the hierarchy named after the version's hierarchy, not null
     * @throws NullPointerException if the version is null
     */
    public static Hierarchy of(HierarchyVersion version) {
        return of(version.hierarchyName(), List.of(version));
    }

    /**
     * Obtains a hierarchy from its versions.
     *
     * @param name  the hierarchy's name, not null
     * @param versions  the versions, in any order, not empty
     * @return the hierarchy, with its versions oldest first, not null
     * @throws io.github.uptake.problem.ProblemsException if there is no version, or versions
     *     overlap or belong elsewhere
     * @throws IllegalArgumentException if the name is not a lower-case identifier
     */
    public static Hierarchy of(String name, List<HierarchyVersion> versions) {
        return validate(name, versions).value();
    }

    /**
     * Checks that the versions belong to this hierarchy and do not overlap, and builds it.
     *
     * @param name  the hierarchy's name, not null
     * @param versions  the versions, in any order, not null
     * @return the hierarchy, or the problems ({@code hierarchy.no-version},
     *     {@code hierarchy.wrong-name}, {@code hierarchy.overlap}), not null
     * @throws IllegalArgumentException if the name is not a lower-case identifier
     */
    public static Validated<Hierarchy> validate(String name, List<HierarchyVersion> versions) {
        Checks.identifier(name, "name");
        List<HierarchyVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(HierarchyVersion::validFrom));
        List<Problem> problems = new ArrayList<>();
        if (sorted.isEmpty()) {
            problems.add(Problem.error("hierarchy.no-version", Location.field("versions"), null,
                    "Cây " + name + " chưa có phiên bản nào.", "Hierarchy " + name
                            + " has no version."));
        }
        for (int i = 0; i < sorted.size(); i++) {
            HierarchyVersion v = sorted.get(i);
            Location at = Location.field("versions[" + i + "]");
            if (!v.hierarchyName().equals(name)) {
                problems.add(Problem.error("hierarchy.wrong-name", at, v.hierarchyName(),
                        "Phiên bản thuộc cây " + v.hierarchyName() + ", không phải " + name + ".",
                        "The version belongs to hierarchy " + v.hierarchyName() + ", not " + name
                                + "."));
            }
            if (i + 1 < sorted.size()) {
                HierarchyVersion next = sorted.get(i + 1);
                boolean overlaps = next.validFrom().equals(v.validFrom())
                        || v.validUntil().map(u -> u.isAfter(next.validFrom())).orElse(false);
                if (overlaps) {
                    problems.add(Problem.error("hierarchy.overlap", at, v.toString(),
                            "Phiên bản " + v + " trùng thời gian hiệu lực với " + next + ".",
                            "Version " + v + " overlaps version " + next + "."));
                }
            }
        }
        Hierarchy h = problems.isEmpty() ? new Hierarchy(name, List.copyOf(sorted)) : null;
        return Validated.of("hierarchy " + name, h, problems);
    }

    /**
     * Returns the name that tells this hierarchy apart from the province's others.
     *
     * @return the name, e.g. {@code territorial}, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the versions, oldest first.
     *
     * @return the versions, unmodifiable, never empty
     */
    public List<HierarchyVersion> versions() {
        return versions;
    }

    /**
     * Returns the version valid on a day: the latest that started on or before it, unless that one
     * ended before the day.
     *
     * @param date  the day, not null
     * @return the version, empty if none is valid that day
     */
    public Optional<HierarchyVersion> versionOn(LocalDate date) {
        HierarchyVersion found = null;
        for (HierarchyVersion v : versions) {
            if (!v.validFrom().isAfter(date)) {
                found = v;
            }
        }
        return found != null && found.isValidOn(date) ? Optional.of(found) : Optional.empty();
    }

    /**
     * Returns the first day the given version is no longer valid: its own end, or the next
     * version's first day.
     *
     * @param version  a version of this hierarchy, not null
     * @return the end, exclusive; empty if open
     * @throws IllegalArgumentException if the version is not one of this hierarchy's
     */
    public Optional<LocalDate> effectiveUntil(HierarchyVersion version) {
        int i = versions.indexOf(version);
        if (i < 0) {
            throw new IllegalArgumentException(version + " is not a version of " + this);
        }
        if (version.validUntil().isPresent()) {
            return version.validUntil();
        }
        return i + 1 < versions.size() ? Optional.of(versions.get(i + 1).validFrom())
                : Optional.empty();
    }

    /**
     * Returns a hierarchy with one more version.
     *
     * @param version  the version, not null
     * @return a new hierarchy with the versions of this one and the given one, not null
     * @throws io.github.uptake.problem.ProblemsException if it overlaps another or belongs to
     *     another hierarchy
     */
    public Hierarchy withVersion(HierarchyVersion version) {
        List<HierarchyVersion> all = new ArrayList<>(versions);
        all.add(version);
        return of(name, all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hierarchy h && h.name.equals(name) && h.versions.equals(versions);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + versions.hashCode();
    }

    @Override
    public String toString() {
        return "Hierarchy[" + name + ", " + versions + "]";
    }
}
