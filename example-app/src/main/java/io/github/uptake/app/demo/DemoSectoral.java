package io.github.uptake.app.demo;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sectoral tree of the dispatch in the demo (departments, Fatherland Front and mass
 * organisations, industrial zone enterprises, post and telecom, tax, treasury, social insurance,
 * the State Bank branch and banks, public service centres), with <b>illustrative</b> headcounts
 * and figures: a third of the headcount on 10/8, then a twentieth more a day, never above it,
 * except the enterprise DN-KCN-003 that counts 120 workers more than it has on 18/8; an
 * organisation without a headcount starts from 500 to 1.499 (drawn) and adds 150 a day. This
 * class is not instantiable.
 */
final class DemoSectoral {
    private DemoSectoral() {
    }

    /**
     * The sectoral tree and its illustrative headcounts.
     *
     * @param tree  the organisations under {@link LongAnDemo#LongAnDemo.SECTORAL_ROOT}
     * @param denominators  the illustrative headcounts
     */
    record Sectoral(HierarchyVersion tree, List<Denominator> denominators) {
    }

    /**
     * Makes the organisations of the dispatch, with illustrative headcounts, and adds their daily
     * reports from 10/8 to 18/8 to {@code byDay}.
     *
     * @param rnd  the stream of the figures of organisations without a headcount, not null
     * @param byDay  the reports of each day from 20/7 to 18/8, added to, not null
     * @return the tree and the headcounts, not null
     */
    static Sectoral make(SplittableRandom rnd, Map<LocalDate, List<Report>> byDay) {
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.SECTORAL,
                        LocalDate.of(2020, 6, 1))
                .root(Unit.of(LongAnDemo.SECTORAL_ROOT, UnitKind.GROUP,
                        "UBND tỉnh Long An (các ngành)"));
        List<Denominator> dens = new ArrayList<>();
        String[][] groups = {
            {"SO-NGANH", "Các sở, ban, ngành tỉnh"},
            {"MTTQ-DT", "Mặt trận Tổ quốc và các đoàn thể"},
            {"KCN", "Doanh nghiệp trong khu, cụm công nghiệp"},
            {"BCVT", "Doanh nghiệp bưu chính, viễn thông"},
            {"TC-NH", "Thuế, kho bạc, bảo hiểm xã hội, ngân hàng"},
            {"HCC", "Trung tâm phục vụ hành chính công"},
        };
        for (String[] g : groups) {
            b.add(Unit.of(g[0], UnitKind.GROUP, g[1]), LongAnDemo.SECTORAL_ROOT);
        }
        Object[][] units = {
            {"SO-TTTT", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, "SO-NGANH",
                Segment.STAFF, 120},
            {"SO-YTE", "Sở Y tế", UnitKind.DEPARTMENT, "SO-NGANH", Segment.STAFF, 340},
            {"SO-GDDT", "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, "SO-NGANH",
                Segment.STAFF, 210},
            {"SO-KHDT", "Sở Kế hoạch và Đầu tư", UnitKind.DEPARTMENT, "SO-NGANH",
                Segment.STAFF, 95},
            {"MTTQ-LA", "Ủy ban Mặt trận Tổ quốc tỉnh", UnitKind.ASSOCIATION, "MTTQ-DT",
                Segment.MEMBERS, 1_200},
            {"DTN-LA", "Tỉnh đoàn Long An", UnitKind.ASSOCIATION, "MTTQ-DT", Segment.MEMBERS,
                45_000},
            {"HLHPN-LA", "Hội Liên hiệp Phụ nữ tỉnh", UnitKind.ASSOCIATION, "MTTQ-DT",
                Segment.MEMBERS, 60_000},
            {"DN-KCN-001", "Công ty may mặc KCN Long Hậu", UnitKind.ENTERPRISE, "KCN",
                Segment.WORKERS, 4_500},
            {"DN-KCN-002", "Công ty giày da KCN Đức Hòa", UnitKind.ENTERPRISE, "KCN",
                Segment.WORKERS, 3_200},
            {"DN-KCN-003", "Công ty điện tử KCN Tân Đức", UnitKind.ENTERPRISE, "KCN",
                Segment.WORKERS, 1_800},
            {"VNPT-LA", "VNPT Long An", UnitKind.ENTERPRISE, "BCVT", Segment.CUSTOMERS, 0},
            {"VIETTEL-LA", "Viettel Long An", UnitKind.ENTERPRISE, "BCVT", Segment.CUSTOMERS, 0},
            {"BUUDIEN-LA", "Bưu điện tỉnh Long An", UnitKind.ENTERPRISE, "BCVT",
                Segment.CUSTOMERS, 0},
            {"CUCTHUE-LA", "Cục Thuế tỉnh", UnitKind.DEPARTMENT, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"KBNN-LA", "Kho bạc Nhà nước tỉnh", UnitKind.DEPARTMENT, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"BHXH-LA", "Bảo hiểm xã hội tỉnh", UnitKind.DEPARTMENT, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"NHNN-LA", "Ngân hàng Nhà nước – Chi nhánh Long An", UnitKind.BANK, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"TTHCC-LA", "Trung tâm Phục vụ hành chính công tỉnh", UnitKind.SERVICE_CENTRE, "HCC",
                Segment.VISITORS, 2_000},
        };
        for (Object[] u : units) {
            String code = (String) u[0];
            b.add(Unit.of(code, (UnitKind) u[2], (String) u[1]), (String) u[3]);
            Segment segment = (Segment) u[4];
            long headcount = ((Number) u[5]).longValue();
            if (headcount > 0) {
                dens.add(new Denominator(code, segment, headcount, "illustrative",
                        LocalDate.of(2020, 8, 1)));
            }
            long base = headcount > 0 ? headcount / 3 : 500 + rnd.nextInt(1_000);
            for (LocalDate day = LocalDate.of(2020, 8, 10); !day.isAfter(LongAnDemo.LAST);
                 day = day.plusDays(1)) {
                long t = day.toEpochDay() - LocalDate.of(2020, 8, 10).toEpochDay();
                long v = headcount > 0 ? Math.min(headcount, base + headcount * t / 20)
                        : base + 150 * t;
                if (code.equals("DN-KCN-003") && day.equals(LongAnDemo.LAST)) {
                    v = headcount + 120;
                }
                byDay.get(day).add(Report.of(code, segment, day, v, LongAnDemo.sent(day, 10, 0),
                        (String) u[1], "demo"));
            }
        }
        return new Sectoral(b.build(), dens);
    }
}
