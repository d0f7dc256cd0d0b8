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
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || Character.getType(c) == Character.PRIVATE_USE;
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
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !isBlankChar(c)).forEach(b::appendCodePoint);
        return b.toString();
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
