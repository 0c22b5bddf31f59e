package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.messages.ChatFigure;
import io.github.uptake.messages.ChatMessages;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of the README's "Figures from chat lines" section, and checks that the README
 * shows exactly this code. The units are Đức Huệ's of 2020, with their real codes.
 */
class ChatMessagesExampleTest {

    static void example(PrintStream out) {
        HierarchyVersion tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL, LocalDate.of(2020, 1, 1))
                .root(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"))
                .add(Unit.of("27898", UnitKind.COMMUNE, "Thị trấn Đông Thành"), "801")
                .add(Unit.of("27919", UnitKind.COMMUNE, "Xã Bình Hòa Bắc"), "801")
                .add(Unit.of("27928", UnitKind.COMMUNE, "Xã Mỹ Bình"), "801")
                .build();
        LocalDate today = LocalDate.of(2020, 8, 19);
        // README:start
        String pasted = """
                Báo cáo ngày 19/8
                Xã Mỹ Bình 1.234 người
                TT Đông Thành - 683
                bình hoà bắc: 1234/2.041
                """;
        Validated<List<ChatFigure>> read = ChatMessages.read("zalo.txt", pasted, tree, "801", today);
        if (read.isValid()) {
            read.value().forEach(f -> out.println(f.unitCode() + " " + f.day() + " " + f.count()));
        } else {
            read.problems().forEach(p -> out.println(p.messageVi()));   // "Dòng 3, cột 1: ..."
        }
        // README:end
    }

    @Test
    void theExampleReadsThreeFigures() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(List.of("27928 2020-08-19 1234", "27898 2020-08-19 683",
                "27919 2020-08-19 1234"), buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        ReadmeSnippets.assertReadmeShows("ChatMessagesExampleTest.java");
    }
}
