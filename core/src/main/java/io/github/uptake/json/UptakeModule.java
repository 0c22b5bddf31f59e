package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Teaches a Jackson {@code ObjectMapper} to read and write every public value of the core, so the
 * model itself does not depend on the serializer: {@code mapper.registerModule(new UptakeModule())}.
 *
 * <p>Identifiers ({@link Segment}, {@link UnitKind}), {@link Threshold}s ({@code "3/5"}), dates
 * ({@code "2020-08-15"}) and instants (ISO-8601) are written as strings. Records such as
 * {@code Unit}, {@code Report} and {@code Denominator} are written field by field and validated
 * again when read. A {@link HierarchyVersion} is written as its units with their parents' codes
 * and rebuilt (and re-checked) when read. This class is immutable and thread-safe once registered.
 */
public final class UptakeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public UptakeModule() {
        super("UptakeModule", new Version(0, 1, 0, "SNAPSHOT", "io.github.uptake", "uptake-core"));
        asString(LocalDate.class, LocalDate::parse);
        asString(Instant.class, Instant::parse);
        asString(Segment.class, Segment::of);
        asString(UnitKind.class, UnitKind::of);
        asString(Threshold.class, Threshold::parse);
        asDto(HierarchyVersion.class, HierarchyVersionJson.class, HierarchyVersionJson::from,
                HierarchyVersionJson::toVersion);
        asDto(Hierarchy.class, HierarchyJson.class, HierarchyJson::from, HierarchyJson::toHierarchy);
        asDto(TargetRules.class, TargetRule[].class, r -> r.rules().toArray(new TargetRule[0]),
                a -> TargetRules.of(Arrays.asList(a)));
        asDto(RollUpPolicy.class, RollUpPolicyJson.class, RollUpPolicyJson::from,
                RollUpPolicyJson::toPolicy);
        asDto(ReportingSchedule.class, ScheduleJson.class, ScheduleJson::from,
                ScheduleJson::toSchedule);
    }

    private <T> void asString(Class<T> type, Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw JsonMappingException.from(p, "expected a string for "
                            + type.getSimpleName() + ", found " + p.currentToken());
                }
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    throw JsonMappingException.from(p, "invalid " + type.getSimpleName() + " '"
                            + text + "': " + e.getMessage(), e);
                }
            }
        });
    }

    private <T, D> void asDto(Class<T> type, Class<D> dto, Function<T, D> toDto,
                              Function<D, T> fromDto) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                serializers.defaultSerializeValue(toDto.apply(value), gen);
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                D d = ctxt.readValue(p, dto);
                try {
                    return fromDto.apply(d);
                } catch (RuntimeException e) {
                    throw JsonMappingException.from(p, "invalid " + type.getSimpleName() + ": "
                            + e.getMessage(), e);
                }
            }
        });
    }

    /** The JSON form of a hierarchy version. */
    record HierarchyVersionJson(String hierarchyName, LocalDate validFrom, LocalDate validUntil,
                                List<HierarchyVersion.Entry> units) {
        static HierarchyVersionJson from(HierarchyVersion v) {
            return new HierarchyVersionJson(v.hierarchyName(), v.validFrom(),
                    v.validUntil().orElse(null), v.entries());
        }

        HierarchyVersion toVersion() {
            return HierarchyVersion.builder(hierarchyName, validFrom).validUntil(validUntil)
                    .addAll(units == null ? List.of() : units).build();
        }
    }

    /** The JSON form of a hierarchy. */
    record HierarchyJson(String name, List<HierarchyVersion> versions) {
        static HierarchyJson from(Hierarchy h) {
            return new HierarchyJson(h.name(), h.versions());
        }

        Hierarchy toHierarchy() {
            return Hierarchy.of(name, versions == null ? List.of() : versions);
        }
    }

    /** The JSON form of a reporting schedule. */
    record ScheduleJson(ReportingSchedule.Cadence cadence, String cutOff, String zone,
                        int dueAfterDays, java.util.Set<String> expectedUnits) {
        static ScheduleJson from(ReportingSchedule s) {
            return new ScheduleJson(s.cadence(), s.cutOff().toString(), s.zone().getId(),
                    s.dueAfterDays(), s.expectedUnits().orElse(null));
        }

        ReportingSchedule toSchedule() {
            ReportingSchedule s = (cadence == null || cadence == ReportingSchedule.Cadence.DAILY
                    ? ReportingSchedule.daily() : ReportingSchedule.decree09(cadence))
                    .withDueAfterDays(dueAfterDays);
            if (cutOff != null) {
                s = s.withCutOff(java.time.LocalTime.parse(cutOff));
            }
            if (zone != null) {
                s = s.withZone(java.time.ZoneId.of(zone));
            }
            return expectedUnits == null ? s : s.expecting(expectedUnits);
        }
    }

    /** The JSON form of a roll-up policy. */
    record RollUpPolicyJson(int carryForwardDays, RollUpPolicy.ParentFigure parentFigure,
                            RollUpPolicy.DenominatorChoice denominatorChoice,
                            Threshold denominatorTolerance) {
        static RollUpPolicyJson from(RollUpPolicy p) {
            return new RollUpPolicyJson(p.carryForwardDays(), p.parentFigure(),
                    p.denominatorChoice(), p.denominatorTolerance());
        }

        RollUpPolicy toPolicy() {
            RollUpPolicy d = RollUpPolicy.defaults();
            return d.withCarryForwardDays(carryForwardDays)
                    .withParentFigure(parentFigure == null ? d.parentFigure() : parentFigure)
                    .withDenominatorChoice(denominatorChoice == null ? d.denominatorChoice()
                            : denominatorChoice)
                    .withDenominatorTolerance(denominatorTolerance == null
                            ? d.denominatorTolerance() : denominatorTolerance);
        }
    }
}
