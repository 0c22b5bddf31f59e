package io.github.uptake.model;

/**
 * What kind of body a {@link Unit} is: an administrative level (province, district, commune) or an
 * organisation (department, enterprise, bank branch, association...).
 *
 * <p>The constants cover the bodies named in the Long An dispatch; a province may define more with
 * {@link #of(String)}. Two kinds are equal when their identifiers are equal.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UnitKind extends Identifier<UnitKind> {
    /** A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương). */
    public static final UnitKind PROVINCE = new UnitKind("province");
    /** A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh); gone since 1/7/2025. */
    public static final UnitKind DISTRICT = new UnitKind("district");
    /** A commune-level unit (xã, phường, thị trấn, đặc khu). */
    public static final UnitKind COMMUNE = new UnitKind("commune");
    /** A provincial department or agency (sở, ban, ngành). */
    public static final UnitKind DEPARTMENT = new UnitKind("department");
    /** An enterprise, for example in an industrial zone. */
    public static final UnitKind ENTERPRISE = new UnitKind("enterprise");
    /** A bank or a branch of the State Bank. */
    public static final UnitKind BANK = new UnitKind("bank");
    /** The Fatherland Front or a mass organisation (đoàn thể). */
    public static final UnitKind ASSOCIATION = new UnitKind("association");
    /** A public service centre (trung tâm phục vụ hành chính công). */
    public static final UnitKind SERVICE_CENTRE = new UnitKind("service-centre");
    /** Any other grouping node, e.g. "enterprises in industrial zones". */
    public static final UnitKind GROUP = new UnitKind("group");

    private UnitKind(String id) {
        super(id, "unit kind");
    }

    /**
     * Obtains a kind from its identifier.
     *
     * @param id  a lower-case identifier such as {@code commune}, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the identifier is not valid
     */
    public static UnitKind of(String id) {
        return new UnitKind(id);
    }
}
