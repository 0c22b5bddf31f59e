package io.github.uptake.excel;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;

/** The problems of single cells, worded once for every reader. Not part of the API. */
final class Cells {
    private Cells() {
    }

    /** Returns the problem of a formula cell whose value could not be had. */
    static Problem formulaProblem(CellValue c, Location at) {
        if (c.status() == CellValue.Status.FORMULA_ERROR) {
            return Problem.error("formula.error", at, c.text(), "Công thức cho kết quả lỗi ("
                    + c.text() + "); hãy sửa công thức hoặc nhập số.", "The formula's result is an"
                    + " error (" + c.text() + "); correct the formula or type the number.");
        }
        return Problem.error("formula.not-computed", at, c.text(), "Công thức " + c.text()
                + " không có giá trị đã tính và không tính được ở đây: hãy mở tệp bằng Excel hoặc"
                + " LibreOffice, lưu lại rồi gửi lại (hoặc nhập số thay cho công thức).",
                "Formula without a computed value that cannot be computed here (" + c.text()
                        + "): open and save the file in Excel or LibreOffice and send it again"
                        + " (or type the number instead).");
    }

    /** Returns the problem of a count cell that is no count. */
    static Problem countProblem(Counts.Issue issue, Location at, String raw) {
        return switch (issue) {
            case NEGATIVE -> Problem.error("count.negative", at, raw,
                    "Số lượng không được âm.", "The count cannot be negative.");
            case FRACTION -> Problem.error("count.fraction", at, raw,
                    "Số lượng phải là số nguyên (số người).",
                    "The count must be a whole number of people.");
            case TOO_LARGE -> Problem.error("count.too-large", at, raw,
                    "Số lượng quá lớn.", "The count is too large.");
            case DATE -> Problem.error("count.date", at, raw,
                    "Ô này là một ngày tháng, không phải số người (Excel đổi \"1.3\" thành ngày"
                            + " 01/03); hãy định dạng ô là số và nhập lại số lượng.",
                    "This cell is a date, not a number of people (Excel turns \"1.3\" into 1 March);"
                            + " format the cell as a number and type the count again.");
            default -> Problem.error("count.not-a-number", at, raw,
                    "Ô này phải là một số (ví dụ 197011 hoặc 197.011).",
                    "This cell must be a number (for example 197011 or 197,011).");
        };
    }
}
