package io.github.uptake.messages;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units under a sender's unit, found by the names clerks write: the same key whatever the
 * Unicode form (NFC or not), where the tone mark sits ({@code Hòa} and {@code Hoà}), upper or lower
 * case, spacing, and whether the kind is written ({@code Xã}, {@code Phường}, {@code Thị trấn},
 * {@code TT}, {@code P.}...). Distinct tones stay distinct ({@code Hòa} is not {@code Hóa}).
 * Immutable and thread-safe.
 */
final class UnitNames {
    /** The kinds written before a name, longest first, as keys (tone-free, lower case). */
    private static final List<String> KINDS = List.of("thi tran ", "thi xa ", "thanh pho ",
            "phuong ", "huyen ", "quan ", "xa ", "tt. ", "tt ", "tx. ", "tx ", "tp. ", "tp ",
            "p. ", "x. ");
    /** Each written kind's group: {@code TT} and {@code Thị trấn} are the same kind. */
    private static final Map<String, String> KIND_GROUPS = Map.ofEntries(
            Map.entry("thi tran ", "thi tran"), Map.entry("tt. ", "thi tran"),
            Map.entry("tt ", "thi tran"), Map.entry("thi xa ", "thi xa"),
            Map.entry("tx. ", "thi xa"), Map.entry("tx ", "thi xa"),
            Map.entry("thanh pho ", "thanh pho"), Map.entry("tp. ", "thanh pho"),
            Map.entry("tp ", "thanh pho"), Map.entry("phuong ", "phuong"),
            Map.entry("p. ", "phuong"), Map.entry("xa ", "xa"), Map.entry("x. ", "xa"),
            Map.entry("huyen ", "huyen"), Map.entry("quan ", "quan"));
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<Unit>> byKey = new HashMap<>();

    /**
     * Indexes the units strictly under a unit (and the unit itself).
     *
     * @param v  the version, not null
     * @param top  the sender's unit, in the version
     */
    UnitNames(HierarchyVersion v, String top) {
        int a = v.ordinal(top);
        for (int i = a; i < v.subtreeEnd(a); i++) {
            Unit u = v.unitAt(i);
            byKey.computeIfAbsent(key(u.name()), k -> new ArrayList<>()).add(u);
        }
    }

    /**
     * Returns the units a written name may mean.
     *
     * @param written  the name as written, not null
     * @return the units, none if unknown, several if ambiguous
     */
    List<Unit> find(String written) {
        Optional<String> kind = kind(written);
        List<Unit> all = byKey.getOrDefault(key(written), List.of());
        if (kind.isEmpty()) {
            return all;
        }
        // a kind written must be the unit's: "Phường Mỹ Bình" is not "Xã Mỹ Bình"
        return all.stream().filter(u -> kind(u.name()).map(kind.get()::equals).orElse(true))
                .toList();
    }

    /**
     * Returns the units whose name is the written one but whose kind is another: what a clerk
     * who wrote the wrong kind may have meant, for the refusal.
     *
     * @param written  the name as written, not null
     * @return the units, none if the kind written fits or none was written
     */
    List<Unit> otherKind(String written) {
        List<Unit> fit = find(written);
        return byKey.getOrDefault(key(written), List.of()).stream()
                .filter(u -> !fit.contains(u)).toList();
    }

    /**
     * Returns whether a text is a kind alone ({@code Phường}, {@code TT}): a name whose own part
     * was taken for the count ({@code Phường 1 150} read as {@code Phường} and 1 150).
     */
    static boolean onlyKind(String written) {
        return KIND_GROUPS.containsKey(plain(written) + " ");
    }

    private static String plain(String name) {
        String p = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "").replace("\u0111", "d").strip();
        return SPACES.matcher(p).replaceAll(" ");
    }

    /** The group of the kind written before a name ({@code thi tran} for TT), if any. */
    static Optional<String> kind(String name) {
        String plain = plain(name);
        for (String kind : KINDS) {
            if (plain.startsWith(kind)) {
                return Optional.of(KIND_GROUPS.get(kind));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the key of a name: its syllables without their tone marks, each followed by its
     * tone, lower case, single-spaced, without a leading kind.
     */
    static String key(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String syllable : SPACES.split(d.strip())) {
            if (syllable.isEmpty()) {
                continue;
            }
            StringBuilder base = new StringBuilder();
            char tone = '0';
            for (int i = 0; i < syllable.length(); i++) {
                char c = syllable.charAt(i);
                switch (c) {
                    case '\u0300' -> tone = '1';
                    case '\u0301' -> tone = '2';
                    case '\u0303' -> tone = '3';
                    case '\u0309' -> tone = '4';
                    case '\u0323' -> tone = '5';
                    default -> base.append(c);
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(base).append(tone == '0' ? "" : "~" + tone);
        }
        String k = out.toString();
        // the kind, if written, is dropped: compared without tones
        String plain = k.replaceAll("~[1-5]", "").replace("\u0111", "d").replaceAll("\\p{M}", "");
        for (String kind : KINDS) {
            if (plain.startsWith(kind)) {
                int words = kind.strip().split(" ").length;
                String[] parts = k.split(" ", words + 1);
                return parts.length > words ? parts[words] : k;
            }
        }
        return k;
    }
}
