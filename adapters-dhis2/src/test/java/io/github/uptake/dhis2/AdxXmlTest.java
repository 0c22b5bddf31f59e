package io.github.uptake.dhis2;

import static io.github.uptake.dhis2.LayoutRefusals.assertRefused;
import static io.github.uptake.dhis2.LayoutRefusals.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class AdxXmlTest {
    private static final String FILE = "gui-dhis2.xml";
    private static final Pattern EXPORTED = Pattern.compile(" exported=\"([^\"]+)\"");

    private static byte[] fixture() throws IOException {
        try (InputStream in = AdxXmlTest.class.getResourceAsStream(
                "/fixtures/long-an-daily.adx.xml")) {
            return in.readAllBytes();
        }
    }

    private static String write(DataValueSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dhis2Format.ADX.write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Schema schema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return f.newSchema(AdxXmlTest.class.getResource("/adx/adx.xsd"));
    }

    private static void validate(byte[] xml) throws SAXException, IOException {
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static String adx(String groups) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2020-08-16T02:00:00Z\">\n"
                + groups + "</adx>\n";
    }

    @Test
    void readsTheFixtureFlatteningGroupsAndDays() throws IOException {
        DataValueSet set = read(Dhis2Format.ADX, "long-an-daily.adx.xml", fixture()).value();

        assertEquals(Optional.of("BLUEZONE_DAILY"), set.dataSet());
        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null, "1234", null,
                        null, null, 8),
                new DataValue("BLUEZONE_USERS", "20200815", "27694", "NU", null, "612", null,
                        null, "Trạm Y tế xã An Thạnh: số <ước tính> & đã đối chiếu", 10),
                new DataValue("BLUEZONE_USERS", "2020-08-10/P7D", "794", null, "VIETTEL",
                        "1500.0", null, null, null, 16),
                new DataValue("BLUEZONE_USERS", "2020-08-10/P7D", "794", null, "VIETTEL", "-0",
                        null, null, "Dòng 1\n<dòng 2>", 20)), set.dataValues());
    }

    @Test
    void theFixtureIsValidAgainstTheSchema() throws Exception {
        validate(fixture());
    }

    @Test
    void writesOneGroupPerUnitPeriodAndAttributeComboInFirstAppearanceOrder()
            throws IOException {
        DataValueSet set = DataValueSet.of("BLUEZONE_DAILY", List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null, "12",
                        "nguyen.van.an", "2020-08-16T08:30:00", "Đủ <&> \"chắc\"", 0),
                new DataValue("BLUEZONE_USERS", "20200815", "27695", "NU", "VIETTEL", "3", null,
                        null, null, 0),
                new DataValue("BLUEZONE_ACTIVE", "20200815", "27694", null, null, "7", null,
                        null, null, 0),
                new DataValue("BLUEZONE_USERS", "2020W33", "794", null, null, "40", null, null,
                        null, 0)));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String xml = write(set);

        Matcher exported = EXPORTED.matcher(xml);
        assertTrue(exported.find(), xml);
        Instant at = Instant.parse(exported.group(1));
        assertFalse(at.isBefore(before) || at.isAfter(Instant.now()), xml);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <adx xmlns="urn:ihe:qrph:adx:2015" exported="T">
                  <group orgUnit="27694" period="2020-08-15/P1D" dataSet="BLUEZONE_DAILY">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"><annotation>Đủ &lt;&amp;&gt; "chắc"</annotation></dataValue>
                    <dataValue dataElement="BLUEZONE_ACTIVE" value="7"/>
                  </group>
                  <group orgUnit="27695" period="2020-08-15/P1D" dataSet="BLUEZONE_DAILY" attributeOptionCombo="VIETTEL">
                    <dataValue dataElement="BLUEZONE_USERS" categoryOptionCombo="NU" value="3"/>
                  </group>
                  <group orgUnit="794" period="2020W33" dataSet="BLUEZONE_DAILY">
                    <dataValue dataElement="BLUEZONE_USERS" value="40"/>
                  </group>
                </adx>
                """, exported.replaceFirst(" exported=\"T\""));
    }

    @Test
    void theWritersOutputIsValidAgainstTheSchema() throws Exception {
        DataValueSet set = DataValueSet.of(null, List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", "NU", "VIETTEL", "12.5",
                        null, null, "Ghi chú <&>\r\nhai dòng", 0),
                new DataValue("BLUEZONE_USERS", "20200816", "808", null, null, "0", null, null,
                        null, 0)));

        validate(write(set).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSchemaRefusesABrokenDocument() {
        byte[] noOrgUnit = adx("""
                  <group period="2020-08-15/P1D">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                """).getBytes(StandardCharsets.UTF_8);
        byte[] wordValue = adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D">
                    <dataValue dataElement="BLUEZONE_USERS" value="mười hai"/>
                  </group>
                """).getBytes(StandardCharsets.UTF_8);
        byte[] dayPeriod = adx("""
                  <group orgUnit="27694" period="20200815">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                """).getBytes(StandardCharsets.UTF_8);

        assertThrows(SAXException.class, () -> validate(noOrgUnit));
        assertThrows(SAXException.class, () -> validate(wordValue));
        assertThrows(SAXException.class, () -> validate(dayPeriod));
    }

    @Test
    void writesADayAsAnAdxPeriodAndAnythingElseAsGiven() {
        assertEquals("2020-08-15/P1D", AdxXml.adxPeriod("20200815"));
        assertEquals("20200230", AdxXml.adxPeriod("20200230"));
        assertEquals("202008", AdxXml.adxPeriod("202008"));
        assertEquals("2020W33", AdxXml.adxPeriod("2020W33"));
    }

    @Test
    void keepsACarriageReturnAndReplacesWhatXmlCannotHold() throws IOException {
        DataValueSet set = DataValueSet.of(null, List.of(new DataValue("BLUEZONE_USERS",
                "20200815", "27694", null, null, "1", null, null, "a\r\nb\rc\u0001d\uD800", 0)));
        String xml = write(set);

        DataValue back = read(Dhis2Format.ADX, FILE, xml).value().dataValues().get(0);
        assertEquals("a\r\nb\rc\uFFFDd\uFFFD", back.comment());
    }

    @Test
    void refusesToWriteAValueWithoutAnOrgUnit() {
        DataValueSet set = DataValueSet.of(null, List.of(new DataValue("BLUEZONE_USERS",
                "20200815", null, null, null, "1", null, null, null, 0)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write(set));
        assertTrue(e.getMessage().contains("orgUnit"), e.getMessage());
    }

    @Test
    void readsAnAdxWithoutGroupsAsAnEmptySet() {
        assertEquals(DataValueSet.of(null, List.of()),
                read(Dhis2Format.ADX, FILE, adx("")).value());
    }

    @Test
    void refusesXmlThatIsNotWellFormedAtItsLineAndColumn() {
        Problem p = assertRefused(read(Dhis2Format.ADX, FILE, adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D">
                    <dataValue dataElement="BLUEZONE_USERS" value="12">
                  </group>
                """)), FILE, "dhis2.adx-syntax", 5);

        assertTrue(p.location().field().orElse("").startsWith("column "), p::toString);
    }

    @Test
    void refusesContentAfterTheRoot() {
        assertRefused(read(Dhis2Format.ADX, FILE, adx("") + "\n<adx/>\n"), FILE,
                "dhis2.adx-syntax", 5);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(read(Dhis2Format.ADX, FILE, ""), FILE, "dhis2.adx-syntax", 1);
    }

    @Test
    void refusesARootOutsideTheAdxNamespace() {
        assertRefused(read(Dhis2Format.ADX, FILE, """
                <?xml version="1.0"?>
                <adx exported="2020-08-16T02:00:00Z">
                  <group orgUnit="27694" period="2020-08-15/P1D"/>
                </adx>
                """), FILE, "dhis2.adx-structure", 2);
        assertRefused(read(Dhis2Format.ADX, FILE, """
                <dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0">
                </dataValueSet>
                """), FILE, "dhis2.adx-structure", 1);
    }

    @Test
    void refusesAGroupWithoutOrgUnitOrPeriod() {
        Validated<DataValueSet> r = read(Dhis2Format.ADX, FILE, adx("""
                  <group period="2020-08-15/P1D">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                  <group orgUnit="27694" period="">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                """));

        Problem unit = assertRefused(r, FILE, "dhis2.adx-structure", 3);
        assertEquals(Optional.of("group/@orgUnit"), unit.location().field());
        Problem period = assertRefused(r, FILE, "dhis2.adx-structure", 6);
        assertEquals(Optional.of("group/@period"), period.location().field());
    }

    @Test
    void refusesADataValueWithoutDataElementOrValue() {
        Validated<DataValueSet> r = read(Dhis2Format.ADX, FILE, adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D">
                    <dataValue value="12"/>
                    <dataValue dataElement="BLUEZONE_USERS"/>
                  </group>
                """));

        assertRefused(r, FILE, "dhis2.adx-structure", 4);
        Problem value = assertRefused(r, FILE, "dhis2.adx-structure", 5);
        assertEquals(Optional.of("dataValue/@value"), value.location().field());
    }

    @Test
    void refusesACategoryDisaggregationSayingToUseCategoryOptionCombo() {
        Problem p = assertRefused(read(Dhis2Format.ADX, FILE, adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                    <dataValue dataElement="BLUEZONE_USERS" SEX="F" value="7"/>
                  </group>
                """)), FILE, "dhis2.adx-attribute", 5);

        assertEquals(Optional.of("dataValue/@SEX"), p.location().field());
        assertTrue(p.messageVi().contains("categoryOptionCombo"), p::toString);
        assertTrue(p.messageEn().contains("categoryOptionCombo"), p::toString);
    }

    @Test
    void refusesAnUnknownGroupAttribute() {
        Problem p = assertRefused(read(Dhis2Format.ADX, FILE, adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D" FUNDING="GF">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                """)), FILE, "dhis2.adx-attribute", 3);

        assertTrue(p.messageEn().contains("attributeOptionCombo"), p::toString);
    }

    @Test
    void refusesAnElementOutOfPlaceAndTextOutsideAnAnnotation() {
        Validated<DataValueSet> r = read(Dhis2Format.ADX, FILE, adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"><note>x</note></dataValue>
                    <dataValue dataElement="BLUEZONE_USERS" value="13">mười ba</dataValue>
                  </group>
                  <dataValue dataElement="BLUEZONE_USERS" value="14"/>
                """));

        assertRefused(r, FILE, "dhis2.adx-structure", 4);
        assertRefused(r, FILE, "dhis2.adx-structure", 5);
        assertRefused(r, FILE, "dhis2.adx-structure", 7);
    }

    @Test
    void refusesGroupsOfDifferentDataSets() {
        assertRefused(read(Dhis2Format.ADX, FILE, adx("""
                  <group orgUnit="27694" period="2020-08-15/P1D" dataSet="BLUEZONE_DAILY">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                  <group orgUnit="27695" period="2020-08-15/P1D" dataSet="COVID_DAILY">
                    <dataValue dataElement="BLUEZONE_USERS" value="12"/>
                  </group>
                """)), FILE, "dhis2.adx-structure", 6);
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFileOrTheNetwork(@TempDir Path dir)
            throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MAT_KHAU_BI_MAT");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY % x \"\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/adx.dtd";
            String xml = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE adx SYSTEM \"" + dtd + "\" [\n"
                    + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY % remote SYSTEM \"" + dtd + "\">\n"
                    + "  %remote;\n"
                    + "]>\n"
                    + "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2020-08-16T02:00:00Z\">\n"
                    + "  <group orgUnit=\"27694\" period=\"2020-08-15/P1D\">\n"
                    + "    <dataValue dataElement=\"BLUEZONE_USERS\" value=\"1\">"
                    + "<annotation>&secret;</annotation></dataValue>\n"
                    + "  </group>\n</adx>\n";

            Validated<DataValueSet> r = read(Dhis2Format.ADX, FILE, xml);

            Problem p = r.errors().get(0);
            assertEquals("dhis2.adx-doctype", p.code(), r::toString);
            LayoutRefusals.assertBilingual(p);
            assertFalse(r.toString().contains("MAT_KHAU"), r::toString);
            assertEquals(0, requests.get(), "the reader fetched the external DTD");
        } finally {
            server.stop(0);
        }
    }
}
