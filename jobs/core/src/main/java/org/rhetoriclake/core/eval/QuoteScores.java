package org.rhetoriclake.core.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetoriclake.core.decode.Simplifier;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;

/**
 * Quotes found against gold quotes, the way the project's acceptance measures them: a predicted quote matches a
 * gold one of the same kind when their texts overlap with a character-level F1 of at least
 * {@value #MIN_TEXT_F1} (LCS over characters, whitespace ignored, as {@link BodyF1}); each quote is matched at
 * most once, best pairs first. On matched quotes the speaker is right when it equals the gold {@code speaker}
 * or {@code speaker_mention} after {@link #normalise normalisation}; for gold quotes with a {@code reported_via},
 * the relay is right when the two relays contain one another after normalisation. Gold texts that are not
 * quotes are counted when a predicted quote's text is one of them.
 *
 * <p>Not thread-safe; one instance accumulates the scores of many documents.
 */
public final class QuoteScores {
    /** The least character F1 at which a predicted text is the gold text. */
    public static final double MIN_TEXT_F1 = 0.6;

    private final Map<QuoteKind, long[]> counts = new EnumMap<>(QuoteKind.class); // tp, fp, fn
    private long speakerRight;
    private long relayedGold;
    private long relayRight;
    private long notQuotesReported;
    private final List<String> errors = new ArrayList<>();

    public QuoteScores() {
        for (QuoteKind k : QuoteKind.values()) {
            counts.put(k, new long[3]);
        }
    }

    /** Scores one document's predictions. {@code doc} names it in the error lines. */
    public void add(String doc, List<QuoteGold.Quote> gold, List<String> notQuotes, List<Quote> predicted) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<double[]> pairs = new ArrayList<>(); // f1, gold index, predicted index
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (gold.get(g).kind() != predicted.get(p).kind()) {
                    continue;
                }
                double f1 = BodyF1.score(normalise(predicted.get(p).text()), normalise(gold.get(g).text())).f1();
                if (f1 >= MIN_TEXT_F1) {
                    pairs.add(new double[] {f1, g, p});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (goldUsed[g] || predUsed[p]) {
                continue;
            }
            goldUsed[g] = true;
            predUsed[p] = true;
            QuoteGold.Quote gq = gold.get(g);
            Quote pq = predicted.get(p);
            counts.get(gq.kind())[0]++;
            if (speakerRight(gq, pq)) {
                speakerRight++;
            } else {
                errors.add(doc + "\tspeaker\t" + gq.kind().name().toLowerCase(Locale.ROOT) + "\tgold " + gq.speaker()
                        + " / " + gq.speakerMention() + "\tfound " + pq.speaker() + " / " + pq.speakerMention() + "\t" + clip(gq.text()));
            }
            if (gq.reportedVia() != null) {
                relayedGold++;
                if (relayAgrees(gq.reportedVia(), pq.reportedVia())) {
                    relayRight++;
                } else {
                    errors.add(doc + "\trelay\t" + gq.kind().name().toLowerCase(Locale.ROOT) + "\tgold " + gq.reportedVia()
                            + "\tfound " + pq.reportedVia() + "\t" + clip(gq.text()));
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                QuoteGold.Quote gq = gold.get(g);
                counts.get(gq.kind())[2]++;
                errors.add(doc + "\tmissed\t" + gq.kind().name().toLowerCase(Locale.ROOT) + "\t" + gq.speaker()
                        + "\tparagraph " + gq.paragraph() + "\t" + clip(gq.text()));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            Quote pq = predicted.get(p);
            if (!predUsed[p]) {
                counts.get(pq.kind())[1]++;
                errors.add(doc + "\textra\t" + pq.kind().name().toLowerCase(Locale.ROOT) + "\t" + pq.speaker() + " | "
                        + pq.speakerMention() + " | " + pq.cue() + "\tparagraph " + pq.paragraph() + "\t" + clip(pq.text()));
            }
            String t = normalise(pq.text());
            for (String nq : notQuotes) {
                String n = normalise(nq);
                if (!n.isEmpty() && (t.equals(n) || n.equals(t + "。") || (n.contains(t) && t.length() * 10 >= n.length() * 9))) {
                    notQuotesReported++;
                    errors.add(doc + "\tnot-a-quote\t" + pq.kind().name().toLowerCase(Locale.ROOT) + "\t" + pq.speaker()
                            + "\t\t" + clip(pq.text()));
                }
            }
        }
    }

    /** True positives, predictions and gold of one kind. */
    public Score score(QuoteKind kind) {
        long[] c = counts.get(kind);
        return new Score(c[0], c[0] + c[1], c[0] + c[2]);
    }

    /** Share of matched quotes whose speaker is right (1.0 when nothing matched). */
    public double speakerAccuracy() {
        long matched = counts.values().stream().mapToLong(c -> c[0]).sum();
        return matched == 0 ? 1.0 : speakerRight / (double) matched;
    }

    public long speakerRight() {
        return speakerRight;
    }

    /** Matched gold quotes with a relay, and how many of them have the right one. */
    public long relayedGold() {
        return relayedGold;
    }

    public long relayRight() {
        return relayRight;
    }

    public long notQuotesReported() {
        return notQuotesReported;
    }

    /** One tab-separated line per miss, extra, wrong speaker or relay, and not-quote reported. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** The figures as a small table. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-9s %7s %9s %6s %7s %7s %7s%n", "kind", "correct", "predicted", "gold", "P", "R", "F1"));
        for (QuoteKind k : QuoteKind.values()) {
            Score s = score(k);
            sb.append(String.format(Locale.ROOT, "%-9s %7d %9d %6d %7.3f %7.3f %7.3f%n", k.name().toLowerCase(Locale.ROOT),
                    s.truePositives(), s.predicted(), s.gold(), s.precision(), s.recall(), s.f1()));
        }
        long matched = counts.values().stream().mapToLong(c -> c[0]).sum();
        sb.append(String.format(Locale.ROOT, "speaker accuracy on matched quotes: %d/%d = %.3f%n", speakerRight, matched,
                speakerAccuracy()));
        sb.append(String.format(Locale.ROOT, "reported_via right on matched relayed quotes: %d/%d%n", relayRight, relayedGold));
        sb.append(String.format(Locale.ROOT, "not-quotes reported as quotes: %d%n", notQuotesReported));
        return sb.toString();
    }

    /** Precision, recall and F1 of one kind. */
    public record Score(long truePositives, long predicted, long gold) {
        public double precision() {
            return predicted == 0 ? 1.0 : truePositives / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : truePositives / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private static boolean speakerRight(QuoteGold.Quote g, Quote p) {
        String ours = normalise(p.speaker());
        String oursFull = normalise(p.speakerMention());
        for (String theirs : new String[] {normalise(g.speaker()), normalise(g.speakerMention())}) {
            if (!theirs.isEmpty() && (theirs.equals(ours) || theirs.equals(oursFull))) {
                return true;
            }
        }
        return false;
    }

    private static boolean relayAgrees(String gold, String found) {
        String g = normalise(gold);
        String f = normalise(found);
        return !f.isEmpty() && (g.contains(f) || f.contains(g));
    }

    /**
     * The form two texts or names are compared in: NFKC (full-width letters and digits as ASCII), Simplified
     * script, no whitespace, no title marks or middle dots ({@code 《明报》} = {@code 明报}, {@code 乔·拜登} =
     * {@code 乔拜登}).
     */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Simplifier.toSimplified(Normalizer.normalize(s, Normalizer.Form.NFKC));
        return n.replaceAll("[\\s《》〈〉「」『』“”\"'·•‧・]", "");
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
