package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes and reads one record type of Uptake as a JSON object of its components, in declaration
 * order, by the components' names. Not part of the API.
 *
 * <p>Everything that could differ between host mappers is decided here, never by the mapper's
 * settings: a {@link LocalDate} is written {@code "2020-08-15"} and an {@link Instant} as
 * ISO-8601 ({@code "2020-08-15T09:00:00Z"}) whatever {@code WRITE_DATES_AS_TIMESTAMPS} or a
 * {@code JavaTimeModule} say; names are the components' names whatever the naming strategy; an
 * enum is written by its {@code name()}; every component is written, {@code null} and an empty
 * {@code Optional}, {@code OptionalLong} or {@code OptionalInt} as {@code null}, a present one as
 * its value (read back the same way, a missing or null field as empty). A whole-number component
 * is read by {@link WholeNumbers}' rule (never cut off); a text component must be a JSON string;
 * a date must be an ISO string. Other components (Uptake's own types, lists, sets) go back to the
 * mapper, which finds Uptake's (de)serializers for them.
 *
 * <p>Reading checks what the record's constructor checks, since the record is built through its
 * canonical constructor; a refusal becomes a {@link JsonMappingException} naming the type and the
 * reason. A missing primitive component is an error, never a silent 0. Unknown properties follow
 * the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} and problem handlers. This class is immutable
 * and thread-safe.
 *
 * @param <T>  the record type
 */
final class RecordCodec<T extends Record> {
    private final Class<T> type;
    private final RecordComponent[] components;
    private final Method[] accessors;
    private final Constructor<T> constructor;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Object> names = new ArrayList<>();

    private RecordCodec(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("not a record: " + type.getName());
        }
        this.type = type;
        this.components = type.getRecordComponents();
        this.accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            types[i] = components[i].getType();
            index.put(components[i].getName(), i);
            names.add(components[i].getName());
        }
        try {
            this.constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    /**
     * Obtains the codec of a record type.
     *
     * @param <T>  the record type
     * @param type  the record class, not null
     * @return the codec, not null
     * @throws IllegalArgumentException if the type is not a record
     */
    static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type);
    }

    /** Returns the type this codec handles. */
    Class<T> type() {
        return type;
    }

    /** Returns a serializer writing records of this type. */
    StdSerializer<T> serializer() {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                write(value, gen, provider);
            }

            @Override
            public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
                                          TypeSerializer typeSer) throws IOException {
                WritableTypeId id = typeSer.writeTypePrefix(gen,
                        typeSer.typeId(value, JsonToken.START_OBJECT));
                writeFields(value, gen, provider);
                typeSer.writeTypeSuffix(gen, id);
            }
        };
    }

    /** Returns a deserializer reading records of this type. */
    StdDeserializer<T> deserializer() {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read(p, ctxt, this);
            }

            @Override
            public Collection<Object> getKnownPropertyNames() {
                return names;
            }
        };
    }

    /**
     * Writes a record as one JSON object.
     *
     * @param value  the record, not null
     * @param gen  where to write, not null
     * @param provider  the mapper's provider, for the components of Uptake's other types
     * @throws IOException if writing fails
     */
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        writeFields(value, gen, provider);
        gen.writeEndObject();
    }

    /**
     * Writes a record's components as fields of the object being written.
     *
     * @param value  the record, not null
     * @param gen  where to write, inside an object, not null
     * @param provider  the mapper's provider, for the components of Uptake's other types
     * @throws IOException if writing fails
     */
    void writeFields(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (int i = 0; i < components.length; i++) {
            gen.writeFieldName(components[i].getName());
            writeValue(get(value, i, provider), gen, provider);
        }
    }

    private static void writeValue(Object v, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        if (v instanceof Optional<?> o) {
            v = o.orElse(null);
        } else if (v instanceof OptionalLong o) {
            v = o.isPresent() ? Long.valueOf(o.getAsLong()) : null;
        } else if (v instanceof OptionalInt o) {
            v = o.isPresent() ? Integer.valueOf(o.getAsInt()) : null;
        }
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof String || v instanceof LocalDate || v instanceof Instant) {
            gen.writeString(v.toString());
        } else if (v instanceof Long || v instanceof Integer) {
            gen.writeNumber(((Number) v).longValue());
        } else if (v instanceof Enum<?> e) {
            gen.writeString(e.name());
        } else {
            provider.defaultSerializeValue(v, gen);
        }
    }

    private Object get(T value, int i, SerializerProvider provider) throws JsonMappingException {
        try {
            return accessors[i].invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw JsonMappingException.from(provider, "cannot read " + type.getSimpleName() + "."
                    + components[i].getName() + ": " + e, e);
        }
    }

    /**
     * Reads a record from a JSON object.
     *
     * @param p  the parser, on the object's start or its first field name, not null
     * @param ctxt  the mapper's context, not null
     * @param deser  the deserializer reading, for unknown properties, not null
     * @return the record, not null
     * @throws IOException if the input is not this record, with the reason
     */
    T read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> deser)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        }
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            throw MismatchedInputException.from(p, type, "expected a JSON object for "
                    + type.getSimpleName() + ", found " + t);
        }
        Object[] args = new Object[components.length];
        boolean[] seen = new boolean[components.length];
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            Integer i = index.get(name);
            if (i == null) {
                ctxt.handleUnknownProperty(p, deser, type, name);
                continue;
            }
            args[i] = readComponent(i, p, ctxt);
            seen[i] = true;
        }
        for (int i = 0; i < components.length; i++) {
            Class<?> raw = components[i].getType();
            if (args[i] == null && raw.isPrimitive()) {
                throw MismatchedInputException.from(p, type, (seen[i] ? "null " : "missing ")
                        + type.getSimpleName() + "." + components[i].getName()
                        + ": a number is required");
            }
            if (args[i] == null) {
                args[i] = raw == Optional.class ? Optional.empty()
                        : raw == OptionalLong.class ? OptionalLong.empty()
                        : raw == OptionalInt.class ? OptionalInt.empty() : null;
            }
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw JsonMappingException.from(p, "invalid " + type.getSimpleName() + ": "
                    + cause.getMessage(), cause);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw JsonMappingException.from(p, "cannot build " + type.getSimpleName() + ": " + e,
                    e);
        }
    }

    private Object readComponent(int i, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        return readValue(components[i].getGenericType(), components[i].getType(),
                type.getSimpleName() + "." + components[i].getName(), p, ctxt);
    }

    private static Object readValue(Type generic, Class<?> raw, String what, JsonParser p,
                                    DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (raw == Optional.class) {
            Type inner = generic instanceof ParameterizedType pt
                    ? pt.getActualTypeArguments()[0] : Object.class;
            Class<?> innerRaw = ctxt.getTypeFactory().constructType(inner).getRawClass();
            return Optional.of(readValue(inner, innerRaw, what, p, ctxt));
        }
        if (raw == OptionalLong.class) {
            return OptionalLong.of((Long) readValue(Long.class, Long.class, what, p, ctxt));
        }
        if (raw == OptionalInt.class) {
            return OptionalInt.of((Integer) readValue(Integer.class, Integer.class, what, p,
                    ctxt));
        }
        if (raw == String.class || raw == LocalDate.class || raw == Instant.class || raw.isEnum()) {
            if (t != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, raw, "expected a JSON string for " + what
                        + ", found " + t);
            }
            String text = p.getText();
            if (raw == String.class) {
                return text;
            }
            if (raw.isEnum()) {
                for (Object c : raw.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(text)) {
                        return c;
                    }
                }
                throw InvalidFormatException.from(p, "invalid " + what + " '" + text + "'", text,
                        raw);
            }
            try {
                return raw == LocalDate.class ? LocalDate.parse(text) : Instant.parse(text);
            } catch (DateTimeParseException e) {
                if (raw == LocalDate.class && text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw InvalidFormatException.from(p, "invalid " + what + " '" + text
                            + "': no such day (the form is right, the calendar has no such day)",
                            text, raw);
                }
                throw InvalidFormatException.from(p, "invalid " + what + " '" + text + "': write "
                        + (raw == LocalDate.class ? "an ISO date, e.g. 2020-08-15"
                        : "an ISO-8601 instant, e.g. 2020-08-15T09:00:00Z"), text, raw);
            }
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            WholeNumbers.Read n = WholeNumbers.read(p);
            boolean isInt = raw == int.class || raw == Integer.class;
            if (n.ok() && isInt && (n.value() < Integer.MIN_VALUE || n.value() > Integer.MAX_VALUE)) {
                n = new WholeNumbers.Read(0, WholeNumbers.Issue.TOO_LARGE, n.raw());
            }
            if (!n.ok()) {
                throw InvalidFormatException.from(p, "invalid " + what + " " + n.raw() + ": "
                        + switch (n.issue()) {
                            case FRACTION -> "a whole number is required";
                            case TOO_LARGE -> "too large";
                            default -> "a JSON number is required (not text)";
                        }, n.raw(), raw);
            }
            if (isInt) {
                return Integer.valueOf((int) n.value());
            }
            return Long.valueOf(n.value());
        }
        return ctxt.readValue(p, ctxt.getTypeFactory().constructType(generic));
    }
}
