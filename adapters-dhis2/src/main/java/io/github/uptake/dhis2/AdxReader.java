package io.github.uptake.dhis2;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one ADX file with StAX, document type declarations and external entities off: a file
 * with a {@code <!DOCTYPE>} is refused before anything in it is resolved.
 *
 * <p>What refuses the file, each at its line: XML that is not well-formed (also at its column);
 * a root that is not {@code adx} in the ADX namespace; an element other than {@code group} in
 * {@code adx}, {@code dataValue} in {@code group}, one {@code annotation} in {@code dataValue};
 * text outside an annotation; a group without {@code orgUnit} or {@code period}, or naming another
 * data set than an earlier group; a {@code dataValue} without {@code dataElement} or
 * {@code value}; and any attribute of a group or a dataValue other than those and
 * {@code dataSet}, {@code completeDate} (ignored), {@code attributeOptionCombo},
 * {@code categoryOptionCombo}: a category disaggregation Uptake cannot map. An attribute in a
 * namespace ({@code xsi:schemaLocation}) and the root's attributes are ignored; an empty
 * attribute or annotation counts as absent. A value's line is where its start tag ends. Not
 * thread-safe: one instance per file.
 */
final class AdxReader {
    private static final XMLInputFactory INPUT = inputFactory();
    private static final Pattern ADX_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})/P1D");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<DataValue> values = new ArrayList<>();
    private String dataSet;

    /**
     * Prepares to read.
     *
     * @param file  the file's name, for problems, not null
     */
    AdxReader(String file) {
        this.file = file;
    }

    /**
     * Reads the stream to its end; it is not closed.
     *
     * @param in  the bytes, not null
     * @return the set, or the refusals, not null
     * @throws IOException if reading the stream fails
     */
    Validated<DataValueSet> read(InputStream in) throws IOException {
        XMLStreamReader r = null;
        try {
            r = INPUT.createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // The JDK's parser closes its input on some errors; the stream is the caller's.
                }
            });
            document(r);
        } catch (XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException()
                    : e.getCause();
            if (cause instanceof IOException io && !(io instanceof CharConversionException)) {
                throw io;
            }
            problems.add(syntax(e));
        } finally {
            close(r);
        }
        Refusals.drain(in);
        return Validated.of("DHIS2 ADX " + file, DataValueSet.of(dataSet, values), problems);
    }

    private void document(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                problems.add(Refusals.at("dhis2.adx-doctype", file, line(r), null, null,
                        "Tệp ADX có khai báo <!DOCTYPE>, điều Uptake không nhận (vì an toàn,"
                                + " không đọc thực thể nào). Hãy xoá dòng <!DOCTYPE ...> và"
                                + " mọi tham chiếu &...; do nó định nghĩa.",
                        "The ADX file has a <!DOCTYPE> declaration, which Uptake does not"
                                + " accept (for safety, no entity is read). Delete the"
                                + " <!DOCTYPE ...> and every &...; reference it defines."));
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isAdx(r, "adx")) {
                    groups(r);
                    while (r.hasNext()) {
                        r.next(); // what follows the root must still be well-formed
                    }
                } else {
                    problems.add(structure(r, null, r.getName().toString(),
                            "Phần tử gốc phải là <adx xmlns=\"" + AdxXml.NAMESPACE + "\">, không"
                                    + " phải <" + r.getLocalName() + "> (không gian tên \""
                                    + r.getNamespaceURI() + "\"). Hãy xuất lại tệp dạng ADX.",
                            "The root element must be <adx xmlns=\"" + AdxXml.NAMESPACE
                                    + "\">, not <" + r.getLocalName() + "> (namespace \""
                                    + r.getNamespaceURI() + "\"). Export the file as ADX"
                                    + " again."));
                }
                return;
            }
        }
    }

    /** Reads the groups of the adx element, up to its end tag. */
    private void groups(XMLStreamReader r) throws XMLStreamException {
        int event;
        while ((event = nextContent(r)) != XMLStreamConstants.END_ELEMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                strayText(r, "adx");
            } else if (!isAdx(r, "group")) {
                unexpected(r, "adx", "group");
            } else {
                group(r);
            }
        }
    }

    private void group(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String orgUnit = null;
        String period = null;
        String attributeOptionCombo = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            String value = emptyAsNull(r.getAttributeValue(i));
            if (namespaced(r, i)) {
                continue;
            }
            switch (name) {
                case "orgUnit" -> orgUnit = value;
                case "period" -> period = value;
                case "attributeOptionCombo" -> attributeOptionCombo = value;
                case "dataSet" -> dataSet(r, value);
                case "completeDate" -> {
                    // DHIS2 marks the data set complete; Uptake keeps no such mark.
                }
                default -> problems.add(disaggregation(line, "group", name, value,
                        "attributeOptionCombo"));
            }
        }
        requireAttribute(line, "group", "orgUnit", orgUnit);
        requireAttribute(line, "group", "period", period);
        String day = period == null ? null : dayOf(period);
        int event;
        while ((event = nextContent(r)) != XMLStreamConstants.END_ELEMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                strayText(r, "group");
            } else if (!isAdx(r, "dataValue")) {
                unexpected(r, "group", "dataValue");
            } else {
                dataValue(r, orgUnit, day, attributeOptionCombo);
            }
        }
    }

    private void dataValue(XMLStreamReader r, String orgUnit, String period,
                           String attributeOptionCombo) throws XMLStreamException {
        int line = line(r);
        String dataElement = null;
        String value = null;
        String categoryOptionCombo = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            String text = emptyAsNull(r.getAttributeValue(i));
            if (namespaced(r, i)) {
                continue;
            }
            switch (name) {
                case "dataElement" -> dataElement = text;
                case "value" -> value = text;
                case "categoryOptionCombo" -> categoryOptionCombo = text;
                default -> problems.add(disaggregation(line, "dataValue", name, text,
                        "categoryOptionCombo"));
            }
        }
        requireAttribute(line, "dataValue", "dataElement", dataElement);
        requireAttribute(line, "dataValue", "value", value);
        String comment = null;
        boolean annotated = false;
        int event;
        while ((event = nextContent(r)) != XMLStreamConstants.END_ELEMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                strayText(r, "dataValue");
            } else if (!isAdx(r, "annotation") || annotated) {
                unexpected(r, "dataValue", annotated ? "(none)" : "annotation");
            } else {
                annotated = true;
                comment = annotation(r);
            }
        }
        values.add(new DataValue(dataElement, period, orgUnit, categoryOptionCombo,
                attributeOptionCombo, value, null, null, comment, line));
    }

    /** Reads an annotation's text, as written; an element inside it is refused. */
    private String annotation(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE -> text.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> unexpected(r, "annotation", "(text)");
                case XMLStreamConstants.END_ELEMENT -> {
                    return emptyAsNull(text.toString());
                }
                default -> {
                    // comments and processing instructions are not part of the text
                }
            }
        }
    }

    /** Returns the next element tag or non-blank text, skipping blanks and comments. */
    private static int nextContent(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT,
                        XMLStreamConstants.END_DOCUMENT -> {
                    return event;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!r.getText().isBlank()) {
                        return event;
                    }
                }
                default -> {
                    // blanks, comments, processing instructions
                }
            }
        }
    }

    private void dataSet(XMLStreamReader r, String value) {
        if (value == null) {
            return;
        }
        if (dataSet == null) {
            dataSet = value;
        } else if (!dataSet.equals(value)) {
            problems.add(structure(r, "group/@dataSet", value,
                    "Nhóm này thuộc bộ dữ liệu \"" + value + "\", khác với nhóm trước (\""
                            + dataSet + "\"): mỗi tệp chỉ một bộ dữ liệu. Hãy tách tệp theo bộ"
                            + " dữ liệu.",
                    "This group belongs to the data set \"" + value + "\", not the earlier"
                            + " groups' \"" + dataSet + "\": one file, one data set. Split the"
                            + " file by data set."));
        }
    }

    private void requireAttribute(int line, String element, String name, String value) {
        if (value == null) {
            problems.add(Refusals.at("dhis2.adx-structure", file, line, element + "/@" + name,
                    null,
                    "Phần tử <" + element + "> thiếu thuộc tính " + name + " (hoặc để trống):"
                            + " hãy thêm " + name + "=\"...\".",
                    "The <" + element + "> element has no " + name + " attribute (or an"
                            + " empty one): add " + name + "=\"...\"."));
        }
    }

    private Problem disaggregation(int line, String element, String name, String value,
                                   String instead) {
        return Refusals.at("dhis2.adx-attribute", file, line, element + "/@" + name, value,
                "Thuộc tính " + name + "=\"" + Refusals.shorten(value) + "\" trên <" + element
                        + "> là một phân tổ theo danh mục mà Uptake không ánh xạ được. Hãy xuất"
                        + " lại với " + instead + "=\"mã\" (mã của tổ hợp phương án danh mục)"
                        + " thay cho các thuộc tính phân tổ.",
                "The attribute " + name + "=\"" + Refusals.shorten(value) + "\" on <" + element
                        + "> is a category disaggregation Uptake cannot map. Export again with "
                        + instead + "=\"code\" (the option combo's code) instead of the"
                        + " disaggregation attributes.");
    }

    private void unexpected(XMLStreamReader r, String parent, String expected)
            throws XMLStreamException {
        String name = r.getLocalName();
        problems.add(structure(r, parent + "/" + name, null,
                "Phần tử <" + name + "> không được nằm trong <" + parent + ">"
                        + (expected.startsWith("(") ? "" : " (chỉ nhận <" + expected + ">)")
                        + ". Hãy xoá nó hoặc xuất lại tệp dạng ADX.",
                "The element <" + name + "> is not allowed inside <" + parent + ">"
                        + (expected.startsWith("(") ? "" : " (only <" + expected + ">)")
                        + ". Delete it or export the file as ADX again."));
        skipElement(r);
    }

    private void strayText(XMLStreamReader r, String parent) {
        String text = r.getText().strip();
        problems.add(structure(r, parent, Refusals.shorten(text),
                "Có chữ \"" + Refusals.shorten(text) + "\" trực tiếp trong <" + parent + ">:"
                        + " ADX đặt giá trị trong value=\"...\" và ghi chú trong <annotation>."
                        + " Hãy chuyển hoặc xoá đoạn chữ này.",
                "There is text \"" + Refusals.shorten(text) + "\" directly inside <" + parent
                        + ">: ADX puts a value in value=\"...\" and a comment in <annotation>."
                        + " Move or delete this text."));
    }

    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Problem structure(XMLStreamReader r, String field, String raw, String vi,
                              String en) {
        return Refusals.at("dhis2.adx-structure", file, line(r), field, raw, vi, en);
    }

    private Problem syntax(XMLStreamException e) {
        Location at = e.getLocation();
        int line = at == null ? 0 : at.getLineNumber();
        int column = at == null ? 0 : at.getColumnNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int m = detail.indexOf("Message: ");
        detail = Refusals.shorten((m >= 0 ? detail.substring(m + 9) : detail).strip());
        return Refusals.at("dhis2.adx-syntax", file, line,
                column > 0 ? Refusals.column(column) : null, null,
                "Tệp không phải XML hợp lệ ở dòng " + line + ", cột " + column + " (chi tiết: "
                        + detail + "). Hãy sửa chỗ đó (thẻ chưa đóng, dấu < hoặc & chưa viết"
                        + " thành &lt; &amp;), hoặc xuất lại tệp từ DHIS2.",
                "The file is not well-formed XML at line " + line + ", column " + column
                        + " (detail: " + detail + "). Fix it there (a tag not closed, a < or &"
                        + " not written as &lt; &amp;), or export the file from DHIS2 again.");
    }

    /** Reads an ADX day {@code yyyy-MM-dd/P1D} as {@code yyyyMMdd}; other periods as written. */
    static String dayOf(String period) {
        Matcher m = ADX_DAY.matcher(period);
        return m.matches() ? m.group(1) + m.group(2) + m.group(3) : period;
    }

    private static boolean isAdx(XMLStreamReader r, String localName) {
        return AdxXml.NAMESPACE.equals(r.getNamespaceURI()) && localName.equals(r.getLocalName());
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }

    private static boolean namespaced(XMLStreamReader r, int attribute) {
        String ns = r.getAttributeNamespace(attribute);
        return ns != null && !ns.isEmpty();
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void close(XMLStreamReader r) {
        if (r == null) {
            return;
        }
        try {
            r.close();
        } catch (XMLStreamException e) {
            // closing a reader releases no resource of ours: the stream stays open by contract
        }
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}
