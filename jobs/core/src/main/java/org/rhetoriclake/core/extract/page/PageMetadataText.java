package org.rhetoriclake.core.extract.page;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for the page-metadata rules. */
final class PageMetadataText {
    private PageMetadataText() {
    }

    /**
     * True for every character a reader sees as blank: Java whitespace, Unicode space separators (no-break space,
     * ideographic space U+3000), the invisible zero-width characters and BOM that CMSs leave behind, and
     * private-use characters, which is what a legacy GB page's user-defined glyphs (often a fancy space) decode to.
     */
    static boolean isBlankChar(int c) {
        if (c < 0x80) {
            return Character.isWhitespace(c); // the only ASCII space char is ' ', which is whitespace too
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return false; // CJK ideographs, most of a Chinese page: answered without the Unicode tables
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || Character.getType(c) == Character.PRIVATE_USE;
    }

    /** True when {@code s} has no character but blanks ({@link #isBlankChar}); {@code fold(s).isEmpty()} without the copy. */
    static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isBlankChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code s} with every run of blank characters folded to one space, and none at either end. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isBlankChar(c)) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            b.appendCodePoint(c);
        }
        return b.toString();
    }

    /**
     * A comparison key: compatibility-normalised (full-width letters and digits become ASCII), lower case, and
     * without blank characters, so {@code 三星 Galaxy} and {@code 三星Ｇａｌａｘｙ} compare equal.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = (needsCompatibilityNormalisation(s) ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s)
                .toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !isBlankChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * False when NFKC would leave {@code s} as it is because every character is ASCII, a CJK ideograph or common
     * Chinese punctuation that has no compatibility form: the usual case, decided without the normaliser, which
     * is what keying every line of a page costs otherwise.
     */
    static boolean needsCompatibilityNormalisation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = c < 0xA0 || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3002
                    || c >= 0x3008 && c <= 0x3011 || c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C
                    || c == 0x201D || c == 0x00B7;
            if (!plain) {
                return true;
            }
        }
        return false;
    }

    /** Full-width digits, colons and slashes as ASCII, so date patterns need only the ASCII forms. */
    static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= '\uFF10' && c <= '\uFF19') {
                r = (char) ('0' + (c - '\uFF10'));
            } else if (c == '\uFF1A') {
                r = ':';
            } else if (c == '\uFF0F') {
                r = '/';
            } else if (c == '\uFF0D') {
                r = '-';
            } else if (c == '\uFF0E') {
                r = '.';
            }
            if (r != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Length in code points, so a character outside the BMP counts once. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True when every code point of the non-empty {@code s} is a Han character. */
    static boolean allHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(PageMetadataText::isHan);
    }

    /** The number of Han characters in {@code s}. */
    static int hanCount(String s) {
        return (int) s.codePoints().filter(PageMetadataText::isHan).count();
    }
}
