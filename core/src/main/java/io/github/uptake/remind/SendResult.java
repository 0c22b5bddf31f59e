package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.util.List;

/**
 * What a run of {@link Reminders#send} did: one {@link Delivery} per reminder given, in the same
 * order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param deliveries  what became of each reminder, not null
 * @since 0.2.0
 */
public record SendResult(List<Delivery> deliveries) {

    /**
     * Copies the list.
     *
     * @param deliveries  what became of each reminder, not null, no null element
     * @throws NullPointerException if the list or an element is null
     */
    public SendResult {
        deliveries = List.copyOf(Checks.notNull(deliveries, "deliveries"));
    }

    /**
     * Returns how many reminders had an outcome.
     *
     * @param outcome  the outcome, not null
     * @return the number of reminders, 0 or more
     */
    public long count(Delivery.Outcome outcome) {
        Checks.notNull(outcome, "outcome");
        return deliveries.stream().filter(d -> d.outcome() == outcome).count();
    }

    /**
     * Returns the reminders that had an outcome.
     *
     * @param outcome  the outcome, not null
     * @return their deliveries, in the order given, not null
     */
    public List<Delivery> withOutcome(Delivery.Outcome outcome) {
        Checks.notNull(outcome, "outcome");
        return deliveries.stream().filter(d -> d.outcome() == outcome).toList();
    }

    /**
     * Returns true if every reminder was sent now or before.
     *
     * @return true if none failed or was given up
     */
    public boolean allDelivered() {
        return count(Delivery.Outcome.FAILED) == 0 && count(Delivery.Outcome.GAVE_UP) == 0;
    }
}
