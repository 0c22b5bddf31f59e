package io.github.uptake.dhis2;

import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * IHE QRPH ADX XML (namespace {@value #NAMESPACE}), the layout DHIS2 exchanges aggregate data in
 * with other health information systems, written and read with StAX.
 *
 * <p><b>Writing</b>: {@code <adx xmlns="urn:ihe:qrph:adx:2015" exported="2020-08-16T02:00:00Z">}
 * (the time of writing, to the second), then one {@code <group orgUnit=".." period=".."
 * dataSet="..">} per org unit, period and attribute option combo, in the order each first appears
 * in the set, holding that group's values in the set's order (so a set read back comes grouped).
 * A group has {@code attributeOptionCombo} when its values have one, {@code dataSet} when the set
 * has one. Each value is {@code <dataValue dataElement=".." value=".." categoryOptionCombo="..">}
 * ({@code categoryOptionCombo} only when present: the attribute names DHIS2's ADX takes instead of
 * category disaggregations), its comment a child {@code <annotation>}. A period
 * {@code yyyyMMdd} is written {@code yyyy-MM-dd/P1D}; any other period as given.
 *
 * <p>What ADX cannot hold: it has no place for {@code storedBy} and {@code lastUpdated}, which are
 * not written; an empty set writes no group, so its data set is not written either. A character
 * XML 1.0 forbids (a control character other than tab, line feed and carriage return, an unpaired
 * surrogate, U+FFFE, U+FFFF) is written as U+FFFD. A carriage return in a comment is written as
 * {@code &#13;}, so it reads back; a tab or line break in an attribute (a code, a value) reads
 * back as a space, as XML normalises attributes. A value lacking its org unit, period, data
 * element or value (required by ADX) cannot be written: {@link IllegalArgumentException}.
 *
 * <p><b>Reading</b> ({@link AdxReader}): the groups flattened into values, each with its group's
 * org unit, period and attribute option combo; a period {@code yyyy-MM-dd/P1D} is read as
 * {@code yyyyMMdd}, any other as written; {@code storedBy} and {@code lastUpdated} are null. No
 * document type declaration is accepted and no external entity is ever resolved. Stateless and
 * thread-safe.
 */
final class AdxXml {
    /** The ADX namespace. */
    static final String NAMESPACE = "urn:ihe:qrph:adx:2015";
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private AdxXml() {
    }

    static void write(DataValueSet set, OutputStream out) throws IOException {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(out, "out");
        Map<List<String>, List<DataValue>> groups = groups(set);
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("adx");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("exported",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            for (List<DataValue> group : groups.values()) {
                writeGroup(w, set.dataSet(), group);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write ADX: " + e.getMessage(), e);
        }
    }

    static Validated<DataValueSet> read(String fileName, InputStream in) throws IOException {
        return new AdxReader(Objects.requireNonNull(fileName, "fileName")).read(
                Objects.requireNonNull(in, "in"));
    }

    /**
     * Converts a period to ADX: {@code yyyyMMdd} (a real day) to {@code yyyy-MM-dd/P1D}, any
     * other as given.
     *
     * @param period  the period, not null
     * @return the ADX period, not null
     */
    static String adxPeriod(String period) {
        if (!DAY.matcher(period).matches()) {
            return period;
        }
        try {
            return LocalDate.parse(period, BASIC) + "/P1D";
        } catch (DateTimeParseException e) {
            return period;
        }
    }

    private static Map<List<String>, List<DataValue>> groups(DataValueSet set) {
        Map<List<String>, List<DataValue>> groups = new LinkedHashMap<>();
        List<DataValue> values = set.dataValues();
        for (int i = 0; i < values.size(); i++) {
            DataValue v = values.get(i);
            require(v.orgUnit(), "orgUnit", i, v);
            require(v.period(), "period", i, v);
            require(v.dataElement(), "dataElement", i, v);
            require(v.value(), "value", i, v);
            List<String> key = new ArrayList<>(3);
            key.add(v.orgUnit());
            key.add(v.period());
            key.add(v.attributeOptionCombo());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        return groups;
    }

    private static void require(String field, String name, int index, DataValue v) {
        if (field == null) {
            throw new IllegalArgumentException("ADX needs a " + name + " for every value;"
                    + " dataValues[" + index + "] has none: " + v);
        }
    }

    private static void writeGroup(XMLStreamWriter w, Optional<String> dataSet,
                                   List<DataValue> group) throws XMLStreamException {
        DataValue first = group.get(0);
        w.writeCharacters("\n  ");
        w.writeStartElement("group");
        w.writeAttribute("orgUnit", xmlText(first.orgUnit()));
        w.writeAttribute("period", xmlText(adxPeriod(first.period())));
        if (dataSet.isPresent()) {
            w.writeAttribute("dataSet", xmlText(dataSet.get()));
        }
        if (first.attributeOptionCombo() != null) {
            w.writeAttribute("attributeOptionCombo", xmlText(first.attributeOptionCombo()));
        }
        for (DataValue v : group) {
            w.writeCharacters("\n    ");
            if (v.comment() == null) {
                w.writeEmptyElement("dataValue");
                writeValueAttributes(w, v);
            } else {
                w.writeStartElement("dataValue");
                writeValueAttributes(w, v);
                w.writeStartElement("annotation");
                writeText(w, xmlText(v.comment()));
                w.writeEndElement();
                w.writeEndElement();
            }
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static void writeValueAttributes(XMLStreamWriter w, DataValue v)
            throws XMLStreamException {
        w.writeAttribute("dataElement", xmlText(v.dataElement()));
        if (v.categoryOptionCombo() != null) {
            w.writeAttribute("categoryOptionCombo", xmlText(v.categoryOptionCombo()));
        }
        w.writeAttribute("value", xmlText(v.value()));
    }

    /** Writes element text, each carriage return as a character reference so it survives. */
    private static void writeText(XMLStreamWriter w, String text) throws XMLStreamException {
        int from = 0;
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
            w.writeCharacters(text.substring(from, i));
            w.writeEntityRef("#13");
            from = i + 1;
        }
        w.writeCharacters(text.substring(from));
    }

    /** Replaces each character XML 1.0 cannot hold with U+FFFD. */
    static String xmlText(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? text : b.toString();
    }
}
