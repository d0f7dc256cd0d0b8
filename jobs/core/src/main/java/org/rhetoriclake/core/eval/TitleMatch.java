package org.rhetoriclake.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Title metric: exact match after whitespace folding (runs of blanks, U+3000 and U+00A0 included, become one
 * space; the ends are trimmed).
 *
 * <p>Truths often keep the browser title with the site's name appended ({@code 宇航员在太空中喝酒会怎么样？后果很严重
 * _探索者 _光明网}), while an extractor should return the headline alone, so the truth with a site-name suffix cut
 * off also counts: everything before any of the separators {@code _ | ｜ - – —}, and the blog-platform
 * {@code @} and {@code ::} (blanks around the separator trimmed). Some suites give only a passage of the real title ("substring" truths); for those the extracted
 * title must contain the passage. A missing or blank extracted title never matches.
 */
public final class TitleMatch {
    private static final List<String> SEPARATORS = List.of("_", "|", "｜", "-", "–", "—", "@", "::");

    private TitleMatch() {
    }

    /** Whether {@code extracted} matches {@code truth}; {@code substringTruth} for truths that are passages. */
    public static boolean matches(String extracted, String truth, boolean substringTruth) {
        String e = TruthValues.fold(extracted);
        String t = TruthValues.fold(truth);
        if (e.isEmpty() || t.isEmpty()) {
            return false;
        }
        if (substringTruth) {
            return e.contains(t);
        }
        return acceptedForms(t).contains(e);
    }

    /** The truth, and the truth cut before each site-name separator. */
    static List<String> acceptedForms(String truth) {
        List<String> forms = new ArrayList<>();
        forms.add(truth);
        for (int i = 0; i < truth.length(); i++) {
            for (String separator : SEPARATORS) {
                if (truth.startsWith(separator, i)) {
                    String head = TruthValues.fold(truth.substring(0, i));
                    if (!head.isEmpty()) {
                        forms.add(head);
                    }
                }
            }
        }
        return forms;
    }
}
