package io.github.uptake.word;

import io.github.uptake.model.HierarchyVersion;
import java.util.List;

/**
 * How a report names units: as written at the start of a table cell ({@code Huyện Tân Hưng}), or
 * inside a Vietnamese sentence, where the kind of an administrative unit is a common noun in
 * lower case (Decree 30/2020/NĐ-CP, Phụ lục II: {@code huyện Tân Hưng}, {@code tỉnh Long An}). A
 * unit below another than the report's own carries its parent's name, since names repeat
 * ({@code Phường 1 (Thị xã Kiến Tường)}). Stateless.
 */
final class UnitNames {
    private static final List<String> KINDS = List.of("Tỉnh ", "Thành phố ", "Thị xã ",
            "Huyện ", "Quận ", "Thị trấn ", "Phường ", "Xã ");

    private UnitNames() {
    }

    /**
     * Returns a unit's name for a table: its name, and its parent's when the parent is not the
     * report's unit.
     *
     * @param v  the version, not null
     * @param ordinal  the unit's ordinal
     * @param top  the ordinal of the report's unit
     * @return the name, not null
     */
    static String label(HierarchyVersion v, int ordinal, int top) {
        String name = v.unitAt(ordinal).name();
        if (ordinal == top || ordinal == 0 || v.parentOrdinal(ordinal) == top) {
            return name;
        }
        return name + " (" + v.unitAt(v.parentOrdinal(ordinal)).name() + ")";
    }

    /**
     * Returns a unit's name for a sentence: as {@link #label}, with the kinds in lower case in
     * Vietnamese.
     *
     * @param v  the version, not null
     * @param ordinal  the unit's ordinal
     * @param top  the ordinal of the report's unit
     * @param vietnamese  true for a Vietnamese sentence
     * @return the name, not null
     */
    static String inSentence(HierarchyVersion v, int ordinal, int top, boolean vietnamese) {
        String name = inSentence(v.unitAt(ordinal).name(), vietnamese);
        if (ordinal == top || ordinal == 0 || v.parentOrdinal(ordinal) == top) {
            return name;
        }
        return name + " (" + inSentence(v.unitAt(v.parentOrdinal(ordinal)).name(), vietnamese)
                + ")";
    }

    /**
     * Returns a name as written inside a sentence: {@code Tỉnh Long An} becomes {@code tỉnh Long
     * An} in Vietnamese; other names, and every name in English, are unchanged.
     *
     * @param name  the name, not null
     * @param vietnamese  true for a Vietnamese sentence
     * @return the name, not null
     */
    static String inSentence(String name, boolean vietnamese) {
        if (vietnamese) {
            for (String kind : KINDS) {
                if (name.startsWith(kind) && name.length() > kind.length()) {
                    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
                }
            }
        }
        return name;
    }
}
