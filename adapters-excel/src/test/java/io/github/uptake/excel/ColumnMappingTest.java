package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    @Test
    void recognisesCommonHeadersWhateverTheirCaseSpacingOrNormalForm() {
        ColumnMapping m = ColumnMapping.defaults();
        assertTrue(m.isCode("Mã đơn vị"));
        assertTrue(m.isCode("  MÃ ĐƠN   VỊ "));
        assertTrue(m.isCode(Normalizer.normalize("Mã ĐV", Normalizer.Form.NFD)));
        assertTrue(m.isCount("Số người cài đặt"));
        assertTrue(m.isCount("SL cài đặt"));
        assertFalse(m.isCount("Tỷ lệ"));
        assertTrue(m.isNote("Ghi chú"));
    }

    @Test
    void aProvinceAddsItsOwnHeaders() {
        ColumnMapping m = ColumnMapping.defaults().with(List.of("Mã xã"), List.of("Đã cài"));
        assertTrue(m.isCode("mã xã"));
        assertTrue(m.isCount("Đã cài"));
        assertTrue(m.isCount("Số lượng cài đặt"));
    }
}
