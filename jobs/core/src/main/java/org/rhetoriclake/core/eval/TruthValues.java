package org.rhetoriclake.core.eval;

import java.util.Locale;
import java.util.Set;

/** Conventions of truth files shared by the metrics. */
final class TruthValues {
    /** How truth files say "not known"; {@code UNKNWON} is a misspelling found in real truth data. */
    private static final Set<String> UNKNOWN = Set.of("", "unknown", "unknwon", "none", "null", "n/a");

    private TruthValues() {
    }

    /** No truth: null, blank or an "unknown" marker. */
    static boolean isUnknown(String value) {
        return value == null || UNKNOWN.contains(fold(value).toLowerCase(Locale.ROOT));
    }

    static boolean isBlank(int c) {
        return BodyF1.isBlank(c);
    }

    /** Runs of blank characters (U+3000 and U+00A0 included) folded to one ASCII space, ends trimmed. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isBlank(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** {@code s} without any blank character. */
    static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isBlank(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
