package io.github.uptake.app.demo;

import io.github.uptake.rollup.Apportionment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How the demo shares the province's users on 15/8/2020 among its districts and communes: an
 * <b>illustrative</b> rate per district, a seeded factor per commune, and exact sums by the
 * largest-remainder method.
 *
 * <ol>
 *   <li>Đức Huệ (801) gets 4.947 users ({@link #DUC_HUE_ON_DAY}), 7,5% of its 2019 census
 *       65.961: low, as the district's own report of 18/8/2020 says (5.658, published as
 *       8,3%).</li>
 *   <li>The other {@code 197.011 - 4.947 = 192.064} users are shared among the other 14
 *       districts in proportion to census &times; {@link #DISTRICT_RATE}, by largest remainder,
 *       so the province adds up to exactly {@link LongAnDemo#INSTALLED}. The table's rates are
 *       illustrative, shaped by rates other provinces published in August 2020: the city near
 *       Ho Chi Minh City's 25,5% (20/8, Ministry of Information and Communications), industrial
 *       districts below Bình Dương's 16,2% (11/8, Báo Bình Dương), rural Mekong districts near Hậu
 *       Giang's 7,54% (13/8, Báo An Giang), and the remote districts on the Cambodian border below
 *       that. They land at about 97,8% of the table's value (192.064 / 196.366).</li>
 *   <li>Each district's users are shared among its communes in proportion to census &times;
 *       factor, by largest remainder. The factor is drawn uniformly, in thousandths, one draw per
 *       commune in the order of the census file: from 1,150 to 1,450 for a ward ({@code Phường})
 *       or a district town ({@code Thị trấn}), from 0,750 to 1,250 for a rural commune
 *       ({@code Xã}).</li>
 * </ol>
 *
 * <p>Every weight is a whole number (people &times; hundredths of a percent &times; thousandths),
 * below 10^12, so the sharing is exact. This class is not instantiable.
 */
final class DemoShape {
    /** Đức Huệ's code. */
    static final String DUC_HUE = "801";
    /** Đức Huệ's communes' users on 15/8/2020: 7,5% of its census of 65.961, rounded. */
    static final long DUC_HUE_ON_DAY = 4_947;
    /**
     * The illustrative rate of each district but Đức Huệ, in hundredths of a percent, before the
     * sharing scales them (by about 0,978).
     */
    static final Map<String, Integer> DISTRICT_RATE = rates();

    private DemoShape() {
    }

    private static Map<String, Integer> rates() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("794", 2_700); // Thành phố Tân An: the provincial city
        m.put("795", 1_700); // Thị xã Kiến Tường: a town on the border
        m.put("796", 300);   // Huyện Tân Hưng: remote, on the border
        m.put("797", 400);   // Huyện Vĩnh Hưng: remote, on the border
        m.put("798", 550);   // Huyện Mộc Hóa: on the border
        m.put("799", 750);   // Huyện Tân Thạnh: rural, Đồng Tháp Mười
        m.put("800", 550);   // Huyện Thạnh Hóa: on the border
        m.put("802", 1_300); // Huyện Đức Hòa: industrial zones next to Ho Chi Minh City
        m.put("803", 1_400); // Huyện Bến Lức: industrial zones on the expressway
        m.put("804", 950);   // Huyện Thủ Thừa: rural, next to the city
        m.put("805", 850);   // Huyện Tân Trụ: rural
        m.put("806", 1_000); // Huyện Cần Đước: rural with industrial clusters
        m.put("807", 1_200); // Huyện Cần Giuộc: next to Ho Chi Minh City
        m.put("808", 900);   // Huyện Châu Thành: rural
        return Map.copyOf(m);
    }

    /**
     * Shares the province's users on 15/8/2020 among the communes.
     *
     * @param districts  each district's code and census population, not null
     * @param communes  each commune's code, name, district code and census population, in the
     *     order of the census file, not null
     * @param rnd  the stream the rural communes' factors are drawn from, not null
     * @return each commune's users on 15/8/2020, in the order of {@code communes}, adding up to
     *     {@link LongAnDemo#INSTALLED}
     * @throws IllegalStateException if a district is missing from {@link #DISTRICT_RATE}
     */
    static long[] onDay(Map<String, Long> districts, List<String[]> communes,
                        SplittableRandom rnd) {
        List<String> others = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (Map.Entry<String, Long> d : districts.entrySet()) {
            if (!d.getKey().equals(DUC_HUE)) {
                Integer rate = DISTRICT_RATE.get(d.getKey());
                if (rate == null) {
                    throw new IllegalStateException("no demo rate for district " + d.getKey());
                }
                others.add(d.getKey());
                weights.add(d.getValue() * rate);
            }
        }
        long[] shares = Apportionment.largestRemainder(LongAnDemo.INSTALLED - DUC_HUE_ON_DAY,
                weights.stream().mapToLong(Long::longValue).toArray());
        Map<String, Long> districtTotal = new LinkedHashMap<>();
        districtTotal.put(DUC_HUE, DUC_HUE_ON_DAY);
        for (int i = 0; i < others.size(); i++) {
            districtTotal.put(others.get(i), shares[i]);
        }
        long[] factor = new long[communes.size()];
        for (int i = 0; i < communes.size(); i++) {
            String name = communes.get(i)[1];
            boolean town = name.startsWith("Phường ") || name.startsWith("Thị trấn ");
            factor[i] = town ? 1_150 + rnd.nextInt(301) : 750 + rnd.nextInt(501);
        }
        long[] out = new long[communes.size()];
        for (Map.Entry<String, Long> d : districtTotal.entrySet()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < communes.size(); i++) {
                if (communes.get(i)[2].equals(d.getKey())) {
                    members.add(i);
                }
            }
            long[] w = members.stream().mapToLong(i -> Long.parseLong(communes.get(i)[4])
                    * factor[i]).toArray();
            long[] parts = Apportionment.largestRemainder(d.getValue(), w);
            for (int j = 0; j < parts.length; j++) {
                out[members.get(j)] = parts[j];
            }
        }
        return out;
    }
}
