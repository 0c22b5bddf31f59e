package io.github.uptake.excel;

import io.github.uptake.model.Segment;
import java.util.Map;

/** Vietnamese labels of the predefined segments, for column headers. Not part of the API. */
final class SegmentLabels {
    private static final Map<Segment, String> VI = Map.of(
            Segment.RESIDENTS, "Dân số",
            Segment.STAFF, "Cán bộ, công chức, viên chức, người lao động",
            Segment.WORKERS, "Người lao động",
            Segment.MEMBERS, "Đoàn viên, hội viên",
            Segment.VISITORS, "Người đến giao dịch",
            Segment.QUARANTINED, "Người cách ly, xét nghiệm",
            Segment.CUSTOMERS, "Khách hàng",
            Segment.CITIZENS_SERVED, "Người dân đến giao dịch");

    private SegmentLabels() {
    }

    static String vi(Segment s) {
        return VI.getOrDefault(s, s.id());
    }
}
