package org.rhetoriclake.core.extract;

/** Small text helpers shared by the extract rules. */
final class Texts {
    private Texts() {
    }

    /**
     * True for every character a reader sees as blank: Java whitespace, Unicode space separators (no-break space,
     * ideographic space U+3000), and the invisible zero-width space and BOM that CMSs leave behind.
     */
    static boolean isBlankChar(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** {@code s} without blank characters at either end; unlike {@link String#strip()} it also drops U+00A0. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    /** Length in code points, so a character outside the BMP counts once. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
