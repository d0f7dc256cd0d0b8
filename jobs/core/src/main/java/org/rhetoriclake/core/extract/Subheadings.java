package org.rhetoriclake.core.extract;

/**
 * The subheading rule. A block is a subheading when it is marked as one (a heading element, or a paragraph whose
 * text is all bold) and it reads like one: short and without sentence-final punctuation. The second condition
 * matters because editors also bold whole sentences for emphasis, and those are body text; subheadings must not
 * reach the quote stage as running text ({@code 美媒：王毅预告…} looks like a colon quote).
 */
final class Subheadings {
    /** Longest subheading in code points; real ones are a line of headline style, well below this. */
    static final int MAX_CHARS = 40;

    private static final String SENTENCE_FINAL = "。！？!?";

    private Subheadings() {
    }

    /** Whether marked-up text reads like a subheading rather than an emphasised sentence. */
    static boolean readsLikeHeading(String text) {
        if (text.isEmpty() || Texts.length(text) > MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_FINAL.indexOf(c) >= 0) {
                return false;
            }
            // An ASCII full stop ends a sentence only before a space or at the end: "3.5" and "U.S" are fine.
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }
}
