package io.github.uptake.dhis2;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.time.LocalDate;

/** A corner of Long An's 2020 tree: the province, two districts, three of their communes. */
final class LongAnUnits {
    static final HierarchyVersion V2020 = HierarchyVersion
            .builder(Hierarchy.TERRITORIAL, LocalDate.of(2020, 1, 1))
            .root(Unit.of("80", UnitKind.PROVINCE, "Long An"))
            .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
            .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 2"), "794")
            .add(Unit.of("27695", UnitKind.COMMUNE, "Phường 3"), "794")
            .add(Unit.of("803", UnitKind.DISTRICT, "Huyện Đức Huệ"), "80")
            .add(Unit.of("27910", UnitKind.COMMUNE, "Thị trấn Đông Thành"), "803")
            .build();
    static final Hierarchy TERRITORIAL = Hierarchy.of(V2020);

    private LongAnUnits() {
    }
}
