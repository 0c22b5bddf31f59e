package io.github.uptake.testkit;

import java.text.Normalizer;

/** Vietnamese texts of an exact length, to test the limits of stored texts. Not part of the API. */
final class LongText {
    private static final String WORDS = Normalizer.normalize(
            "Ủy ban nhân dân xã Mỹ Quý Đông, huyện Đức Huệ, tỉnh Long An; ", Normalizer.Form.NFC);

    private LongText() {
    }

    /**
     * Returns a text of exactly the given length, in NFC, with single spaces and no space at either
     * end (so that a unit name keeps it as it is).
     *
     * @param length  the number of characters, 1 or more
     * @return the text, not null
     */
    static String of(int length) {
        StringBuilder b = new StringBuilder(length + WORDS.length());
        while (b.length() < length) {
            b.append(WORDS);
        }
        b.setLength(length - 1);
        return b.append('.').toString();
    }
}
