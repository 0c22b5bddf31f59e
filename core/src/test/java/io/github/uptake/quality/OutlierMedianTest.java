package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.testing.PropertyCheck;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The quickselect median of the outlier check agrees with sorting. */
class OutlierMedianTest {

    /** A generated sample. */
    record Sample(double[] values) {
        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    @Test
    void quickselectMedianEqualsTheSortedMedian() {
        PropertyCheck.forAll(rnd -> {
            double[] v = new double[1 + rnd.nextInt(60)];
            int distinct = 1 + rnd.nextInt(10);
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextInt(distinct) * (rnd.nextBoolean() ? 1.5 : 1);
            }
            return new Sample(v);
        }).check("median", s -> {
            double[] sorted = s.values().clone();
            Arrays.sort(sorted);
            int k = sorted.length;
            double expected = k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
            assertEquals(expected, OutlierIncreaseCheck.median(s.values().clone(), k));
        });
    }
}
