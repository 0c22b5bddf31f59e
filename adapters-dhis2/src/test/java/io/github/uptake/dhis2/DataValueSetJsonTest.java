package io.github.uptake.dhis2;

import static io.github.uptake.dhis2.LayoutRefusals.assertRefused;
import static io.github.uptake.dhis2.LayoutRefusals.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataValueSetJsonTest {
    private static final String FILE = "gui-dhis2.json";

    @Test
    void readsTheFixtureWithSetDefaultsAndNumbersAsWritten() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/long-an-daily.json")) {
            bytes = in.readAllBytes();
        }
        DataValueSet set = read(Dhis2Format.JSON, "long-an-daily.json", bytes).value();

        assertEquals(Optional.of("BLUEZONE_DAILY"), set.dataSet());
        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "794", null, "DEFAULT", "1234", null,
                        null, "Huyện Thủ Thừa tổng hợp, đã đối chiếu sổ", 8),
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, "DEFAULT", "1234.0",
                        "nguyen.van.an", "2020-08-16T08:30:00.000+0700", null, 13),
                new DataValue("BLUEZONE_USERS", "20200816", "27697", "NU", "VIETTEL", "1e3",
                        null, null, null, 22),
                new DataValue("BLUEZONE_USERS", "20200815", "27700", null, "DEFAULT",
                        "mười hai", null, null, "Trạm Y tế xã Mỹ Yên ghi \"mười hai\": chưa sửa",
                        25)), set.dataValues());
    }

    @Test
    void writesFieldsInOrderLeavingNullsOut() throws IOException {
        DataValueSet set = DataValueSet.of("BLUEZONE_DAILY", List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null, "12",
                        "tran.thi.binh", null, "Đủ", 0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dhis2Format.JSON.write(set, out);

        assertEquals("""
                {
                  "dataSet": "BLUEZONE_DAILY",
                  "dataValues": [
                    {
                      "dataElement": "BLUEZONE_USERS",
                      "period": "20200815",
                      "orgUnit": "27694",
                      "value": "12",
                      "storedBy": "tran.thi.binh",
                      "comment": "Đủ"
                    }
                  ]
                }
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void leavesAnEmptyDataSetOut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dhis2Format.JSON.write(DataValueSet.of(null, List.of()), out);

        assertEquals("{\n  \"dataValues\": [ ]\n}\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnEmptyArrayAsAnEmptySet() {
        Validated<DataValueSet> r = read(Dhis2Format.JSON, FILE, "{\"dataValues\": []}");

        assertEquals(DataValueSet.of(null, List.of()), r.value());
    }

    @Test
    void valuesKeepTheirOwnFieldsOverTheSetDefaults() {
        DataValueSet set = read(Dhis2Format.JSON, FILE, """
                {"dataValues": [{"dataElement": "BLUEZONE_USERS", "period": "20200815",
                  "orgUnit": "27694", "attributeOptionCombo": "VIETTEL", "value": "5"}],
                 "period": "20200816", "orgUnit": "794", "attributeOptionCombo": "DEFAULT"}
                """).value();

        assertEquals(List.of(new DataValue("BLUEZONE_USERS", "20200815", "27694", null,
                "VIETTEL", "5", null, null, null, 1)), set.dataValues());
    }

    @Test
    void refusesMalformedJsonAtItsLineAndColumn() {
        Problem p = assertRefused(read(Dhis2Format.JSON, FILE, """
                {"dataValues": [
                  {"dataElement": "BLUEZONE_USERS", "value": "5"}
                  {"dataElement": "BLUEZONE_USERS", "value": "6"}
                ]}
                """), FILE, "dhis2.json-syntax", 3);

        assertEquals(Optional.of("column 3"), p.location().field());
    }

    @Test
    void refusesBytesThatAreNotUtf8AtTheirLine() {
        byte[] bytes = "{\"dataValues\": [\n{\"comment\": \"Tr\u00e1m\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(read(Dhis2Format.JSON, FILE, bytes), FILE, "dhis2.json-syntax", 2);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(read(Dhis2Format.JSON, FILE, ""), FILE, "dhis2.json-syntax", 1);
    }

    @Test
    void refusesATopLevelThatIsNotAnObject() {
        assertRefused(read(Dhis2Format.JSON, FILE, "\n[{\"dataElement\": \"BLUEZONE_USERS\"}]"),
                FILE, "dhis2.json-structure", 2);
    }

    @Test
    void refusesAnObjectWithoutDataValues() {
        Problem p = assertRefused(read(Dhis2Format.JSON, FILE, """

                {"dataSet": "BLUEZONE_DAILY",
                 "dataValue": []}
                """), FILE, "dhis2.json-structure", 2);

        assertEquals(Optional.of("dataValues"), p.location().field());
    }

    @Test
    void refusesDataValuesThatAreNotAnArray() {
        assertRefused(read(Dhis2Format.JSON, FILE, "{\n\"dataValues\": {\"value\": \"5\"}}"),
                FILE, "dhis2.json-structure", 2);
    }

    @Test
    void refusesAnElementThatIsNotAnObject() {
        Problem p = assertRefused(read(Dhis2Format.JSON, FILE, """
                {"dataValues": [
                  {"dataElement": "BLUEZONE_USERS", "value": "5"},
                  "BLUEZONE_USERS 6"
                ]}
                """), FILE, "dhis2.json-structure", 3);

        assertEquals(Optional.of("dataValues[1]"), p.location().field());
    }

    @Test
    void refusesAFieldHoldingAnObject() {
        Problem p = assertRefused(read(Dhis2Format.JSON, FILE, """
                {"dataValues": [
                  {"dataElement": "BLUEZONE_USERS",
                   "value": {"count": 5}}
                ]}
                """), FILE, "dhis2.json-structure", 3);

        assertEquals(Optional.of("dataValues[0].value"), p.location().field());
    }

    @Test
    void refusesAnUnknownFieldOfAValue() {
        Problem p = assertRefused(read(Dhis2Format.JSON, FILE, """
                {"dataValues": [
                  {"dataElement": "BLUEZONE_USERS", "value": "5",
                   "orgunit": "27694"}
                ]}
                """), FILE, "dhis2.json-field", 3);

        assertEquals(Optional.of("dataValues[0].orgunit"), p.location().field());
    }

    @Test
    void refusesADeletedValueAtItsLine() {
        Problem p = assertRefused(read(Dhis2Format.JSON, FILE, """
                {"dataValues": [
                  {"dataElement": "BLUEZONE_USERS", "orgUnit": "27694", "value": "5"},
                  {"dataElement": "BLUEZONE_USERS", "orgUnit": "27695", "value": "6",
                   "deleted": true}
                ]}
                """), FILE, "dhis2.json-deleted", 4);

        assertEquals(Optional.of("dataValues[1].deleted"), p.location().field());
        assertTrue(p.messageEn().contains("never deletes"), p::toString);
    }

    @Test
    void refusesContentAfterTheObject() {
        assertRefused(read(Dhis2Format.JSON, FILE, "{\"dataValues\": []}\n\n{\"dataValues\": []}"),
                FILE, "dhis2.json-syntax", 3);
    }

    @Test
    void refusesADuplicateKey() {
        assertRefused(read(Dhis2Format.JSON, FILE, """
                {"dataValues": [
                  {"dataElement": "BLUEZONE_USERS", "value": "5", "value": "6"}
                ]}
                """), FILE, "dhis2.json-syntax", 2);
    }
}
