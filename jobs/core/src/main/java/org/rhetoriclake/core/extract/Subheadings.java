package org.rhetoriclake.core.extract;

/**
 * The subheading rule. A block is a subheading when it is marked as one (a heading element, or a paragraph whose
 * text is all bold) and it reads like one: short and without sentence-final punctuation. The second condition
 * matters because editors also bold whole sentences for emphasis, and those are body text (a headline-style
 * question, short and comma-free with one final question mark, still reads as a subheading); subheadings must not
 * reach the quote stage as running text ({@code 美媒：王毅预告…} looks like a colon quote).
 */
final class Subheadings {
    /** Longest subheading in code points; real ones are a line of headline style, well below this. */
    static final int MAX_CHARS = 40;

    /** Shortest question that can be a subheading, question mark included. */
    static final int MIN_QUESTION_CHARS = 8;

    private static final String SENTENCE_FINAL = "。！？!?";

    private Subheadings() {
    }

    /** Whether marked-up text reads like a subheading rather than an emphasised sentence. */
    static boolean readsLikeHeading(String text) {
        if (text.isEmpty() || Texts.length(text) > MAX_CHARS) {
            return false;
        }
        boolean question = isQuestionHeading(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_FINAL.indexOf(c) >= 0 && !(question && i == text.length() - 1)) {
                return false;
            }
            // An ASCII full stop ends a sentence only before a space or at the end: "3.5" and "U.S" are fine.
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline-style question ({@code 狂奔之下的“暗伤”曝露？}, {@code 出国前：政治科目会出啥考题？}): at least
     * {@link #MIN_QUESTION_CHARS} long, one question mark, at the end, and no comma. A short retort in bold
     * ({@code 真的吗？}) and a bold interview question ({@code 记者：您如何看待……，……？}) stay text.
     */
    private static boolean isQuestionHeading(String text) {
        char last = text.charAt(text.length() - 1);
        if (last != '？' && last != '?' || Texts.length(text) < MIN_QUESTION_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (SENTENCE_FINAL.indexOf(c) >= 0 || c == '，' || c == ',' || c == '、') {
                return false;
            }
        }
        return true;
    }
}
