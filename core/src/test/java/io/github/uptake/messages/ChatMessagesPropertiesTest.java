package io.github.uptake.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Unit;
import io.github.uptake.problem.Validated;
import io.github.uptake.testing.PropertyCheck;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties over generated chat texts: written with random spacing, case, tone-mark
 * placement, Unicode form, kind words, separators and number forms, under one or two day
 * headings, they read back exactly as the figures they were written from; a fault injected into
 * one line refuses the text at that line.
 */
class ChatMessagesPropertiesTest {
    /** The communes of Đức Huệ in the test tree, each named once there. */
    private static final List<String> CODES = List.of("27898", "27901", "27904", "27907",
            "27910");

    /** A generated text and the figures it was written from. */
    private record Case(String text, List<ChatFigure> figures, int faultLine) {
    }

    private static String name(SplittableRandom r, Unit u) {
        String name = u.name();
        // the kind written, abbreviated, or left out
        if (name.startsWith("Thị trấn ")) {
            name = List.of(name, "TT " + name.substring(9), "TT. " + name.substring(9),
                    name.substring(9)).get(r.nextInt(4));
        } else if (name.startsWith("Xã ")) {
            name = r.nextBoolean() ? name : name.substring(3);
        }
        // the tone mark on the other vowel, as many keyboards put it
        if (r.nextBoolean()) {
            name = name.replace("Hòa", "Hoà");
        }
        name = switch (r.nextInt(3)) {
            case 0 -> name.toLowerCase(Locale.ROOT);
            case 1 -> name.toUpperCase(Locale.ROOT);
            default -> name;
        };
        name = name.replace(" ", " ".repeat(1 + r.nextInt(2)));
        return r.nextBoolean() ? Normalizer.normalize(name, Normalizer.Form.NFD) : name;
    }

    private static String count(SplittableRandom r, long n) {
        String plain = Long.toString(n);
        StringBuilder grouped = new StringBuilder();
        char sep = r.nextBoolean() ? '.' : ' ';
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append(sep);
            }
            grouped.append(plain.charAt(i));
        }
        String c = r.nextBoolean() ? plain : grouped.toString();
        return c + List.of("", " người", "người", " ng").get(r.nextInt(4));
    }

    private static Case generate(SplittableRandom r) {
        StringBuilder text = new StringBuilder();
        List<ChatFigure> figures = new ArrayList<>();
        int line = 0;
        LocalDate day = ChatMessagesTest.DAY;
        int headings = 1 + r.nextInt(2);
        int faultAt = r.nextInt(4) == 0 ? -1 : 0;
        int fault = -1;
        for (int h = 0; h < headings; h++) {
            day = day.plusDays(1);
            text.append(r.nextBoolean() ? "Báo cáo ngày " + day.getDayOfMonth() + "/"
                    + day.getMonthValue() : "Số liệu đến 16h " + day.getDayOfMonth() + "/"
                    + day.getMonthValue() + "/" + day.getYear()).append('\n');
            line++;
            List<String> codes = new ArrayList<>(CODES);
            int n = 1 + r.nextInt(codes.size());
            for (int i = 0; i < n; i++) {
                String code = codes.remove(r.nextInt(codes.size()));
                Unit u = ChatMessagesTest.LONG_AN.unit(code).orElseThrow();
                long c = r.nextLong(0, 3_000_000);
                String who = r.nextInt(4) == 0 ? code : name(r, u);
                String sep = List.of(": ", " - ", " ", ":", " = ", " : ").get(r.nextInt(6));
                boolean den = r.nextInt(4) == 0;
                // a denominator written is at least the count (a smaller one is refused)
                long d = c + 1 + r.nextLong(0, 2_000_000);
                String written = who + sep + count(r, c);
                if (den) {
                    written = who + sep + c + "/" + d;
                }
                line++;
                if (faultAt == 0 && fault < 0 && r.nextInt(3) == 0) {
                    // one fault: a name no unit has, a fraction, or no count at all
                    written = switch (r.nextInt(3)) {
                        case 0 -> "Xã Không Có Thật" + sep + c;
                        case 1 -> who + sep + c + ",5";
                        default -> who;
                    };
                    fault = line;
                } else {
                    figures.add(new ChatFigure(line, code, day, c, den ? OptionalLong.of(d)
                            : OptionalLong.empty()));
                }
                text.append(" ".repeat(r.nextInt(2))).append(written)
                        .append(" ".repeat(r.nextInt(2))).append(r.nextInt(5) == 0 ? "\n\n"
                                : "\n");
                if (text.charAt(text.length() - 2) == '\n') {
                    line++;
                }
            }
        }
        return new Case(text.toString(), figures, fault);
    }

    @Test
    void generatedTextsReadBackAsTheirFiguresAndAFaultIsRefusedAtItsLine() {
        PropertyCheck.forAll(ChatMessagesPropertiesTest::generate).cases(2000).check(
                "chat lines read back exactly", c -> {
                    Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", c.text(),
                            ChatMessagesTest.LONG_AN, "801", ChatMessagesTest.DAY.plusDays(2));
                    if (c.faultLine() < 0) {
                        assertTrue(r.isValid(), r.problems() + "\n" + c.text());
                        assertEquals(c.figures(), r.value(), c.text());
                    } else {
                        assertFalse(r.isValid(), c.text());
                        assertEquals(List.of(c.faultLine()), r.problems().stream()
                                .map(p -> p.location().line().getAsInt()).toList(),
                                r.problems() + "\n" + c.text());
                    }
                });
    }
}
