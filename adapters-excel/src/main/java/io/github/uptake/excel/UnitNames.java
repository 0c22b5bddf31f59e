package io.github.uptake.excel;

import io.github.uptake.model.HierarchyVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the unit with children that a total row's label names ({@code Cộng Huyện Đức Huệ},
 * {@code Huyện Đức Huệ}), only to choose which rows that total is checked against: nothing is ever
 * stored by name. Names are compared normalised, without diacritics and with or without the kind
 * ({@code Huyện}, {@code Thị xã}, {@code Quận} ...); a name shared by two units names neither.
 * Not part of the API; not thread-safe.
 */
final class UnitNames {
    private static final List<String> KINDS = List.of("thanh pho", "thi xa", "thi tran", "huyen",
            "quan", "tinh", "xa", "phuong", "tp", "tx", "tt");
    private static final List<String> COMMUNE_KINDS = List.of("xa", "phuong", "thi tran", "tt");
    private static final List<String> TOTAL_WORDS = List.of("tong cong", "tong so", "tong",
            "cong", "toan", "total", "subtotal", "sum");

    private final HierarchyVersion version;
    private final UnitCodes scope;
    private Map<String, Integer> parents;

    UnitNames(HierarchyVersion version, UnitCodes scope) {
        this.version = version;
        this.scope = scope;
    }

    /** Returns the ordinal of the unit with children that the label is the name of, or -1. */
    int parentNamed(String label) {
        String k = key(label);
        for (String kind : COMMUNE_KINDS) {
            if (k.startsWith(kind + " ")) {
                return -1; // "Thị trấn Tân Hưng", "Xã Tân Hiệp" name communes, never a district
            }
        }
        if (parents == null) {
            parents = new HashMap<>();
            for (int o = 0; o < version.size(); o++) {
                if (version.isLeafAt(o) || !scope.inScope(o)) {
                    continue;
                }
                String name = key(version.unitAt(o).name());
                put(name, o);
                String bare = withoutKind(name);
                if (!bare.equals(name)) {
                    put(bare, o);
                }
            }
        }
        Integer o = parents.get(withoutKind(k));
        if (o == null) {
            o = parents.get(k);
        }
        return o == null || o < 0 ? -1 : o;
    }

    /** Returns the ordinal of the unit a total's label names after its total words, or -1. */
    int namedInTotal(String label) {
        String k = key(label);
        for (String w : TOTAL_WORDS) {
            if (k.startsWith(w + " ")) {
                k = k.substring(w.length() + 1);
                break;
            }
        }
        return k.isEmpty() ? -1 : parentNamed(k);
    }

    private void put(String key, int o) {
        parents.merge(key, o, (a, b) -> a.equals(b) ? a : -1);
    }

    /** Tells whether a label's key is a unit's name, with or without its kind. */
    static boolean sameName(String labelKey, String name) {
        String k = key(name);
        return labelKey.equals(k) || withoutKind(labelKey).equals(withoutKind(k));
    }

    static String key(String s) {
        return HeaderText.fold(HeaderText.normalise(s));
    }

    private static String withoutKind(String k) {
        for (String kind : KINDS) {
            if (k.startsWith(kind + " ")) {
                return k.substring(kind.length() + 1);
            }
        }
        return k;
    }
}
