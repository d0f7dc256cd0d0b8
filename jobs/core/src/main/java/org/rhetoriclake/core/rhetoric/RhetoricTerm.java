package org.rhetoriclake.core.rhetoric;

import java.util.List;
import java.util.Objects;

/**
 * One term of the rhetoric lexicon: a line of {@code conf/lexicon/rhetoric.tsv}.
 *
 * @param term     the canonical form, in Simplified script; hits report it whatever form matched
 * @param forms    every written form the tagger looks for, {@code term} first, then Traditional spellings
 * @param category what the term is about
 * @param polarity the tone the word carries, {@value #MIN_POLARITY}..{@value #MAX_POLARITY}: positive conciliatory,
 *                 negative confrontational, 0 a topic marker
 * @param side     who typically uses it (a hint, not scored)
 * @param note     the editors' note, empty when none
 */
public record RhetoricTerm(String term, List<String> forms, RhetoricCategory category, int polarity,
                           RhetoricSide side, String note) {

    public static final int MIN_POLARITY = -2;
    public static final int MAX_POLARITY = 2;

    public RhetoricTerm {
        Objects.requireNonNull(term, "term");
        forms = List.copyOf(forms);
        if (forms.isEmpty() || !forms.get(0).equals(term)) {
            throw new IllegalArgumentException("forms of " + term + " must start with the term itself: " + forms);
        }
        Objects.requireNonNull(category, "category");
        if (polarity < MIN_POLARITY || polarity > MAX_POLARITY) {
            throw new IllegalArgumentException("polarity of " + term + " must be in " + MIN_POLARITY + ".."
                    + MAX_POLARITY + ": " + polarity);
        }
        Objects.requireNonNull(side, "side");
        note = note == null ? "" : note;
    }
}
