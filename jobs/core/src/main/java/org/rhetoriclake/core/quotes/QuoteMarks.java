package org.rhetoriclake.core.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks in one paragraph. Chinese text mixes “”, 「」, 『』 and straight {@code "}, and real
 * pages close a curly opening with a straight mark ({@code “蹭了蹭"}), so pairing is by family, not by exact
 * character. Marks of another family inside an open quotation nest; single marks (‘’) are left alone: they
 * are the inner quotes of a quotation and never start one.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /**
     * One top-level quotation.
     *
     * @param open   index of the opening mark
     * @param close  index of the closing mark, or the paragraph length when it is never closed
     * @param closed whether a closing mark was found
     */
    record Span(int open, int close, boolean closed) {
        int innerStart() {
            return open + 1;
        }

        int innerEnd() {
            return close;
        }

        /** One past the closing mark. */
        int end() {
            return closed ? close + 1 : close;
        }
    }

    private static final String OPENERS = "“「『\"";

    static boolean isOpener(char c) {
        return OPENERS.indexOf(c) >= 0;
    }

    static boolean isCloser(char c) {
        return c == '”' || c == '」' || c == '』' || c == '"';
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“', '"' -> c == '”' || c == '"';
            case '「' -> c == '」';
            case '『' -> c == '』';
            default -> false;
        };
    }

    private static boolean closesDeeper(Deque<int[]> stack, char c) {
        for (int[] e : stack) {
            if (closes((char) e[1], c)) {
                return true;
            }
        }
        return false;
    }

    static List<Span> find(String t) {
        List<Span> out = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {index, char}
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (stack.isEmpty()) {
                if (isOpener(c)) {
                    stack.push(new int[]{i, c});
                }
                continue;
            }
            char top = (char) stack.peek()[1];
            if (closes(top, c)) {
                int[] opened = stack.pop();
                if (stack.isEmpty()) {
                    out.add(new Span(opened[0], i, true));
                }
            } else if (isOpener(c) && c != '"' && c != top) {
                stack.push(new int[]{i, c});
            } else if (isCloser(c) && closesDeeper(stack, c)) {
                // an inner quotation was never closed: the outer closing mark closes both
                int[] opened;
                do {
                    opened = stack.pop();
                } while (!closes((char) opened[1], c));
                if (stack.isEmpty()) {
                    out.add(new Span(opened[0], i, true));
                }
            }
        }
        if (!stack.isEmpty()) {
            // An unclosed quotation is kept only where one legitimately runs on (a quotation that opens the
            // paragraph or follows a colon continues in the next paragraph); a stray mark mid-sentence would
            // otherwise swallow the rest of the paragraph.
            int open = stack.peekLast()[0];
            int before = open - 1;
            while (before >= 0 && Character.isWhitespace(t.charAt(before))) {
                before--;
            }
            if (before < 0 || t.charAt(before) == '：' || t.charAt(before) == ':') {
                out.add(new Span(open, t.length(), false));
            }
        }
        return out;
    }
}
