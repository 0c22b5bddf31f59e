package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsCsvTest {
    private static final Predicate<String> KNOWN = Set.of("80", "801", "27898", "27901")::contains;
    @TempDir
    Path dir;

    private Validated<ContactsCsv.Contacts> read(String text) throws Exception {
        Path f = dir.resolve("danh-ba.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return ContactsCsv.read(f, KNOWN);
    }

    @Test
    void aUnitMayHaveSeveralAddressesAndTheColumnsAnyOrderAndSeparator() throws Exception {
        Validated<ContactsCsv.Contacts> v = read("email;unit;name\n"
                + "vanthu.ducHue@longan.example;801;Văn thư huyện Đức Huệ\n"
                + "chutich.ducHue@longan.example;801;\n"
                + "dongthanh@longan.example;27898;Thị trấn Đông Thành\n");
        assertTrue(v.isValid(), v.problems().toString());
        ContactsCsv.Contacts c = v.value();
        assertEquals(Map.of("801", List.of("vanthu.ducHue@longan.example",
                "chutich.ducHue@longan.example"), "27898", List.of("dongthanh@longan.example")),
                c.addresses());
        assertEquals("Văn thư huyện Đức Huệ <vanthu.ducHue@longan.example>",
                c.display("vanthu.ducHue@longan.example"));
        assertEquals("chutich.ducHue@longan.example", c.display("chutich.ducHue@longan.example"));
    }

    @Test
    void everyBadLineIsRefusedAtItsLineAndColumnInBothLanguages() throws Exception {
        Validated<ContactsCsv.Contacts> v = read("unit,email,name\n"
                + "801,vanthu@longan.example,A\n"
                + "801,vanthu at longan,B\n"
                + "99999,x@longan.example,C\n"
                + "801,VANTHU@longan.example,D\n"
                + ",y@longan.example,E\n");
        assertFalse(v.isValid());
        List<String> at = v.problems().stream().map(p -> p.location().toString()).toList();
        assertEquals(List.of("danh-ba.csv: line 3: email", "danh-ba.csv: line 4: unit",
                "danh-ba.csv: line 5: email", "danh-ba.csv: line 6: unit"), at);
        Problem twice = v.problems().get(2);
        assertTrue(twice.messageVi().contains("đã có ở dòng 2"), twice.messageVi());
        assertTrue(twice.messageEn().contains("already on line 2"), twice.messageEn());
        assertTrue(v.problems().get(1).messageEn().contains("no unit \"99999\""));
    }

    @Test
    void aFileWithoutItsHeaderOrWithoutAddressesOrMissingIsRefused() throws Exception {
        Validated<ContactsCsv.Contacts> noHeader = read("801,vanthu@longan.example\n");
        assertFalse(noHeader.isValid());
        assertEquals("csv.no-header", noHeader.problems().get(0).code());

        Validated<ContactsCsv.Contacts> empty = read("unit,email\n");
        assertFalse(empty.isValid());
        assertEquals("contacts.empty", empty.problems().get(0).code());

        Validated<ContactsCsv.Contacts> missing = ContactsCsv.read(dir.resolve("none.csv"),
                KNOWN);
        assertFalse(missing.isValid());
        assertEquals("contacts.missing", missing.problems().get(0).code());
        assertTrue(missing.problems().get(0).messageEn().contains("unit,email,name"));
    }
}
