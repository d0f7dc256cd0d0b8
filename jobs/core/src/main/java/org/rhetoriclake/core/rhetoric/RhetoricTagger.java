package org.rhetoriclake.core.rhetoric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the terms of a {@link RhetoricLexicon} in a text and scores the text's tone.
 *
 * <p>Matching reads left to right and takes, at each position, the longest written form (Simplified or Traditional)
 * that starts there, then goes on after it: hits never overlap, 干涉内政 is one hit rather than 干涉 + 内政, and a
 * text in either script gives the same canonical terms. Ignore rows of the lexicon (内政部) are matched the same
 * way and dropped, so the term inside them does not fire. Matching is exact: no normalisation of width or case.
 * Offsets are Java {@code String} indices (UTF-16 units), like every other span in the project.
 *
 * <p>Each hit is checked for a negator right before it ({@link Negation}); a negated hit carries the opposite
 * polarity.
 *
 * <p>Immutable and thread-safe: everything is built in the constructor, so one tagger can serve every task of a JVM.
 */
public final class RhetoricTagger {

    /**
     * The smoothing in {@link #score}: the score is {@code sum(polarity) / (sum(|polarity|) + SMOOTHING)}.
     * Two is one strong term's weight, so a text with a single strongly toned term scores ±0.5, not ±1.
     */
    public static final int SMOOTHING = 2;

    /**
     * One term found in a text.
     *
     * @param start    offset of the first character of the match
     * @param end      offset after the last character
     * @param matched  the text as written ({@code 干涉內政} in a Traditional text)
     * @param term     the canonical Simplified term ({@code 干涉内政})
     * @param category the term's category
     * @param polarity the polarity that counts: the lexicon's, turned around when {@code negated}
     * @param side     who typically uses the term
     * @param negated  whether a negator stood right before the term
     */
    public record Hit(int start, int end, String matched, String term, RhetoricCategory category, int polarity,
                      RhetoricSide side, boolean negated) {
    }

    /**
     * The tone of a text.
     *
     * @param score             {@code sum(polarity) / (sum(|polarity|) + SMOOTHING)}, in (-1, 1); 0 when no term
     *                          carries a polarity
     * @param hits              how many terms were found, topic markers (polarity 0) included
     * @param polaritySum       the sum of the hits' polarities
     * @param polarityMagnitude the sum of their absolute values
     * @param categoryCounts    hits per category, in the order of {@link RhetoricCategory}; only categories with hits
     */
    public record Tone(double score, int hits, int polaritySum, int polarityMagnitude,
                       Map<RhetoricCategory, Integer> categoryCounts) {
        public Tone {
            categoryCounts = Collections.unmodifiableMap(categoryCounts.isEmpty()
                    ? new EnumMap<>(RhetoricCategory.class) : new EnumMap<>(categoryCounts));
        }

        /** Hits in {@code category}, 0 when none. */
        public int count(RhetoricCategory category) {
            return categoryCounts.getOrDefault(category, 0);
        }
    }

    /** A written form and what it stands for; {@code term} is null for the forms of ignore rows. */
    private record Form(String text, RhetoricTerm term) {
    }

    private final RhetoricLexicon lexicon;
    /** Forms by their first character, longest first, so the first that matches at a position is the longest. */
    private final Map<Character, List<Form>> formsByFirstChar;

    public RhetoricTagger(RhetoricLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        Map<Character, List<Form>> index = new HashMap<>();
        for (RhetoricTerm term : lexicon.terms()) {
            term.forms().forEach(f -> index.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(new Form(f, term)));
        }
        for (RhetoricLexicon.IgnoredWord word : lexicon.ignoredWords()) {
            word.forms().forEach(f -> index.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(new Form(f, null)));
        }
        Comparator<Form> longestFirst = Comparator.comparingInt((Form f) -> f.text().length()).reversed();
        Map<Character, List<Form>> frozen = new HashMap<>();
        index.forEach((c, forms) -> {
            forms.sort(longestFirst);
            frozen.put(c, List.copyOf(forms));
        });
        this.formsByFirstChar = Map.copyOf(frozen);
    }

    /** A tagger over the lexicon shipped in the jar. */
    public static RhetoricTagger defaults() {
        return new RhetoricTagger(RhetoricLexicon.defaults());
    }

    public RhetoricLexicon lexicon() {
        return lexicon;
    }

    /** The terms in {@code text}, left to right, longest match first and never overlapping; none for null. */
    public List<Hit> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        int previousEnd = 0;
        int pos = 0;
        while (pos < text.length()) {
            Form form = longestAt(text, pos);
            if (form == null) {
                pos++;
                continue;
            }
            int end = pos + form.text().length();
            if (form.term() != null) {
                RhetoricTerm term = form.term();
                boolean negated = Negation.negates(text, previousEnd, pos, term.polarity());
                hits.add(new Hit(pos, end, form.text(), term.term(), term.category(),
                        negated ? -term.polarity() : term.polarity(), term.side(), negated));
            }
            previousEnd = end; // an ignored word also ends the stretch where a negator may stand
            pos = end;
        }
        return List.copyOf(hits);
    }

    /** The tone of {@code text}: {@link #score} of {@link #find}. */
    public Tone tone(String text) {
        return score(find(text));
    }

    /**
     * The tone of a list of hits: {@code sum(polarity) / (sum(|polarity|) + SMOOTHING)}.
     *
     * <p>Why this and not the mean polarity: the mean gives a text with one mild term the same score as a text
     * full of them, and swings to the extremes on short texts. Dividing by the total weight plus a constant keeps
     * the sign of the balance, reaches ±1 only as evidence piles up, and pulls texts with little rhetoric towards
     * 0. Topic markers (polarity 0) are counted per category but do not dilute the score: saying 关税 is not a
     * tone. A text with no toned term scores 0.
     */
    public static Tone score(List<Hit> hits) {
        int sum = 0;
        int magnitude = 0;
        Map<RhetoricCategory, Integer> counts = new EnumMap<>(RhetoricCategory.class);
        for (Hit hit : hits) {
            sum += hit.polarity();
            magnitude += Math.abs(hit.polarity());
            counts.merge(hit.category(), 1, Integer::sum);
        }
        double score = (double) sum / (magnitude + SMOOTHING);
        return new Tone(score, hits.size(), sum, magnitude, counts);
    }

    private Form longestAt(String text, int pos) {
        List<Form> candidates = formsByFirstChar.get(text.charAt(pos));
        if (candidates != null) {
            for (Form form : candidates) {
                if (text.startsWith(form.text(), pos)) {
                    return form;
                }
            }
        }
        return null;
    }
}
