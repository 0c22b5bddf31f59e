package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.uptake.completeness.CompletenessResult;
import io.github.uptake.completeness.ReportingPeriod;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.History;
import io.github.uptake.messages.ChatFigure;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.InboundReport;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.Projection;
import io.github.uptake.progress.Ranking;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.PublishedRate;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Comparison;
import io.github.uptake.reconciliation.Verification;
import io.github.uptake.remind.Delivery;
import io.github.uptake.remind.DigestContent;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderContacts;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderLog;
import io.github.uptake.remind.ReminderPlan;
import io.github.uptake.remind.SendResult;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.PartialRate;
import io.github.uptake.rollup.ResolvedDenominator;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Teaches a Jackson {@code ObjectMapper} to read and write Uptake's public values, and nothing
 * else: {@code mapper.registerModule(new UptakeModule())}, beside the host's own modules
 * ({@code JavaTimeModule} included, registered before or after it).
 *
 * <p>The module registers (de)serializers for Uptake's types only, never for a JDK type: a host's
 * {@code LocalDate} or {@code Instant} is written and read as the host configured it. Uptake's own
 * types write their dates the same way whatever the mapper's settings: a day as
 * {@code "2020-08-15"}, an instant as ISO-8601 ({@code "2020-08-15T09:00:00Z"}).
 * <ul>
 *   <li>As strings: {@link Segment} and {@link UnitKind} ({@code "residents"}),
 *       {@link Threshold} ({@code "3/5"}) and {@link Fraction} ({@code "1/3"}).</li>
 *   <li>As objects of their components, by the components' names and in their order whatever the
 *       naming strategy, every component written ({@code null} as {@code null}), enums by name:
 *       the records {@link Unit}, {@link HierarchyVersion.Entry}, {@link Report},
 *       {@link ReportKey}, {@link ReportRevision}, {@link Submission}, {@link SubmitResult},
 *       {@link SubmissionReceipt}, {@link Denominator}, {@link TargetRule}, {@link InboundReport},
 *       {@link Problem}, {@link Location}, {@link Finding}, {@link PublishedRate},
 *       {@link Verification}, {@link AuthoritativeCount}, {@link Comparison},
 *       {@link CrosswalkKey}, {@link Crosswalk.Piece}, {@link History.Period},
 *       {@link ReportingPeriod}, {@link CompletenessResult}, {@link Progress},
 *       {@link Projection}, {@link Ranking.Ranked}, {@link NodeResult},
 *       {@link ResolvedDenominator}, {@link PartialRate}, {@link ChatFigure}, and the reminders'
 *       {@link ReminderKey}, {@link Reminder}, {@link Reminder.Attachment} (its bytes in base64),
 *       {@link ReminderLog.Entry}, {@link ReminderContacts}, {@link DigestContent},
 *       {@link ReminderPlan}, {@link ReminderPlan.NoContact}, {@link Delivery} and
 *       {@link SendResult}. Reading builds
 *       them through their constructors, so every check of the core applies; a whole number with a fractional part
 *       or written as text is refused, never cut off; a missing primitive is refused, never 0.</li>
 *   <li>As documented objects: a {@link HierarchyVersion} as {@code hierarchyName},
 *       {@code validFrom}, {@code validUntil} and its units with their parents' codes, rebuilt and
 *       re-checked when read; a {@link Hierarchy} as its name and versions; {@link TargetRules} as
 *       an array of rules; {@link RollUpPolicy} and {@link ReportingSchedule} as their settings,
 *       each missing setting taking its default.</li>
 * </ul>
 *
 * <p>An {@link InboundReport}, input from outside before validation, is read by the shape rules of
 * {@link InboundReports} (a count {@code 1234.9} or {@code "1.234"} is refused, never truncated),
 * and a refusal is a {@link JsonProblemsException} carrying the problems as data.
 *
 * <p>Refused values of the other types are {@code JsonMappingException}s naming the type and the
 * reason. The module works on Jackson 2.15 and newer, so it runs on the Jackson a host's other
 * libraries bring. This class is immutable and thread-safe once registered.
 *
 * @since 0.1.0
 */
public final class UptakeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The record types written and read as objects of their components. */
    static final List<Class<? extends Record>> RECORDS = List.of(
            Unit.class, HierarchyVersion.Entry.class, Report.class, ReportKey.class,
            ReportRevision.class, Submission.class, SubmitResult.class, SubmissionReceipt.class,
            Denominator.class, TargetRule.class, Problem.class, Location.class, Finding.class,
            PublishedRate.class, Verification.class, AuthoritativeCount.class, Comparison.class,
            CrosswalkKey.class, Crosswalk.Piece.class, History.Period.class,
            ReportingPeriod.class, CompletenessResult.class, Progress.class, Projection.class,
            Ranking.Ranked.class, NodeResult.class, ResolvedDenominator.class, PartialRate.class,
            ChatFigure.class, ReminderKey.class, Reminder.class, Reminder.Attachment.class,
            ReminderLog.Entry.class, ReminderContacts.class, DigestContent.class,
            ReminderPlan.class, ReminderPlan.NoContact.class, Delivery.class, SendResult.class);

    /** Creates the module. */
    public UptakeModule() {
        super("UptakeModule", new Version(0, 1, 0, "SNAPSHOT", "io.github.uptake",
                "uptake-jackson"));
        asString(Segment.class, Segment::of);
        asString(UnitKind.class, UnitKind::of);
        asString(Threshold.class, Threshold::parse);
        asString(Fraction.class, Fraction::parse);
        for (Class<? extends Record> type : RECORDS) {
            asRecord(type);
        }
        addSerializer(InboundReport.class, RecordCodec.of(InboundReport.class).serializer());
        addDeserializer(InboundReport.class, new InboundReportDeserializer());
        asDto(HierarchyVersion.class, HierarchyVersionJson.class, HierarchyVersionJson::from,
                HierarchyVersionJson::toVersion);
        asDto(Hierarchy.class, HierarchyJson.class, HierarchyJson::from,
                HierarchyJson::toHierarchy);
        asDto(RollUpPolicy.class, RollUpPolicyJson.class, RollUpPolicyJson::from,
                RollUpPolicyJson::toPolicy);
        asDto(ReportingSchedule.class, ScheduleJson.class, ScheduleJson::from,
                ScheduleJson::toSchedule);
        addSerializer(TargetRules.class, new StdSerializer<>(TargetRules.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(TargetRules value, JsonGenerator gen,
                                  SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(value.rules().toArray(new TargetRule[0]), gen);
            }
        });
        addDeserializer(TargetRules.class, new StdDeserializer<>(TargetRules.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public TargetRules deserialize(JsonParser p, DeserializationContext ctxt)
                    throws IOException {
                TargetRule[] rules = ctxt.readValue(p, TargetRule[].class);
                try {
                    return TargetRules.of(Arrays.asList(rules));
                } catch (RuntimeException e) {
                    throw JsonMappingException.from(p, "invalid TargetRules: " + e.getMessage(),
                            e);
                }
            }
        });
    }

    private <T extends Record> void asRecord(Class<T> type) {
        RecordCodec<T> codec = RecordCodec.of(type);
        addSerializer(type, codec.serializer());
        addDeserializer(type, codec.deserializer());
    }

    private <T> void asString(Class<T> type, Function<String, T> parse) {
        addSerializer(type, new StdScalarSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

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

    private <T, D extends Record> void asDto(Class<T> type, Class<D> dto, Function<T, D> toDto,
                                             Function<D, T> fromDto) {
        RecordCodec<D> codec = RecordCodec.of(dto);
        addSerializer(type, new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                codec.write(toDto.apply(value), gen, provider);
            }

            @Override
            public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
                                          TypeSerializer typeSer) throws IOException {
                WritableTypeId id = typeSer.writeTypePrefix(gen,
                        typeSer.typeId(value, JsonToken.START_OBJECT));
                codec.writeFields(toDto.apply(value), gen, provider);
                typeSer.writeTypeSuffix(gen, id);
            }
        });
        StdDeserializer<D> dtoReader = codec.deserializer();
        addDeserializer(type, new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                D d = dtoReader.deserialize(p, ctxt);
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

    /** The JSON form of a reporting schedule; a missing setting takes its default. */
    record ScheduleJson(ReportingSchedule.Cadence cadence, String cutOff, String zone,
                        Integer dueAfterDays, Set<String> expectedUnits) {
        static ScheduleJson from(ReportingSchedule s) {
            return new ScheduleJson(s.cadence(), s.cutOff().toString(), s.zone().getId(),
                    s.dueAfterDays(), s.expectedUnits().orElse(null));
        }

        ReportingSchedule toSchedule() {
            ReportingSchedule s = cadence == null || cadence == ReportingSchedule.Cadence.DAILY
                    ? ReportingSchedule.daily() : ReportingSchedule.decree09(cadence);
            if (dueAfterDays != null) {
                s = s.withDueAfterDays(dueAfterDays);
            }
            if (cutOff != null) {
                s = s.withCutOff(LocalTime.parse(cutOff));
            }
            if (zone != null) {
                s = s.withZone(ZoneId.of(zone));
            }
            return expectedUnits == null ? s : s.expecting(expectedUnits);
        }
    }

    /** The JSON form of a roll-up policy; a missing setting takes its default. */
    record RollUpPolicyJson(Integer carryForwardDays, RollUpPolicy.ParentFigure parentFigure,
                            RollUpPolicy.DenominatorChoice denominatorChoice,
                            Threshold denominatorTolerance) {
        static RollUpPolicyJson from(RollUpPolicy p) {
            return new RollUpPolicyJson(p.carryForwardDays(), p.parentFigure(),
                    p.denominatorChoice(), p.denominatorTolerance());
        }

        RollUpPolicy toPolicy() {
            RollUpPolicy d = RollUpPolicy.defaults();
            return d.withCarryForwardDays(carryForwardDays == null ? d.carryForwardDays()
                            : carryForwardDays)
                    .withParentFigure(parentFigure == null ? d.parentFigure() : parentFigure)
                    .withDenominatorChoice(denominatorChoice == null ? d.denominatorChoice()
                            : denominatorChoice)
                    .withDenominatorTolerance(denominatorTolerance == null
                            ? d.denominatorTolerance() : denominatorTolerance);
        }
    }
}
