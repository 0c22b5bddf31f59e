package io.github.uptake.model;

/**
 * Whom a count counts: residents, staff, workers, members, visitors, people quarantined...
 *
 * <p>Each segment has its own denominators and target rules, and counts of different segments are
 * never added together. The constants cover the dispatch; a province may define more with
 * {@link #of(String)}. Two are equal when their identifiers are equal.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Segment extends Identifier<Segment> {
    /** Residents of a territorial unit (dân số). */
    public static final Segment RESIDENTS = new Segment("residents");
    /** Officials and employees of a department or agency. */
    public static final Segment STAFF = new Segment("staff");
    /** Workers of an enterprise. */
    public static final Segment WORKERS = new Segment("workers");
    /** Members of the Fatherland Front or a mass organisation (đoàn viên, hội viên). */
    public static final Segment MEMBERS = new Segment("members");
    /** Visitors of a public service centre who own a smartphone. */
    public static final Segment VISITORS = new Segment("visitors");
    /** People quarantined or tested. */
    public static final Segment QUARANTINED = new Segment("quarantined");
    /** Customers assisted by post and telecom firms (a count with no target). */
    public static final Segment CUSTOMERS = new Segment("customers");
    /** Citizens served by the tax office, treasury, social insurance and banks (count only). */
    public static final Segment CITIZENS_SERVED = new Segment("citizens-served");

    private Segment(String id) {
        super(id, "segment");
    }

    /**
     * Obtains a segment from its identifier.
     *
     * @param id  a lower-case identifier such as {@code residents}, not null
     * @return the segment, not null
     * @throws IllegalArgumentException if the identifier is not valid
     */
    public static Segment of(String id) {
        return new Segment(id);
    }
}
