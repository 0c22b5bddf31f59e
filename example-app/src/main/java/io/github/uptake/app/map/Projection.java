package io.github.uptake.app.map;

/**
 * The plane the boundaries are drawn on: equirectangular, longitude scaled by the cosine of a
 * reference latitude (the middle of the area drawn) so that shapes near it keep their proportions,
 * y growing southwards as on a screen. A projected unit is one degree of latitude (about 111 km).
 * Good enough for a country as narrow as Viet Nam (8° to 24° north: the scale east-west is off by
 * at most 5% at its ends); not for maps of continents. This class is immutable and thread-safe.
 */
public final class Projection {
    private final double referenceLatitude;
    private final double k;

    private Projection(double referenceLatitude) {
        this.referenceLatitude = referenceLatitude;
        this.k = Math.cos(Math.toRadians(referenceLatitude));
    }

    /**
     * Obtains the projection for an area.
     *
     * @param minLatitude  the area's southernmost latitude, in degrees, -90 to 90
     * @param maxLatitude  its northernmost, in degrees, from {@code minLatitude} to 90
     * @return the projection around the middle latitude, not null
     * @throws IllegalArgumentException if the latitudes are out of range or in the wrong order
     */
    public static Projection around(double minLatitude, double maxLatitude) {
        if (!(minLatitude >= -90 && minLatitude <= maxLatitude && maxLatitude <= 90)) {
            throw new IllegalArgumentException("latitudes must be -90 <= min <= max <= 90, were "
                    + minLatitude + " and " + maxLatitude);
        }
        return new Projection((minLatitude + maxLatitude) / 2);
    }

    /**
     * Returns the latitude whose proportions are kept.
     *
     * @return the reference latitude, in degrees
     */
    public double referenceLatitude() {
        return referenceLatitude;
    }

    /**
     * Projects a ring.
     *
     * @param lonLat  {@code lon0, lat0, lon1, lat1, ...} in degrees, not null
     * @return {@code x0, y0, x1, y1, ...} in projected units, a new array
     */
    public double[] project(double[] lonLat) {
        double[] xy = new double[lonLat.length];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            xy[i] = lonLat[i] * k;
            xy[i + 1] = -lonLat[i + 1];
        }
        return xy;
    }

    @Override
    public String toString() {
        return "Projection[equirectangular around " + referenceLatitude + "°]";
    }
}
