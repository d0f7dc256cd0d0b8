package org.rhetoriclake.core.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 with exact spans: a predicted span counts only when its start, end and
 * type all equal a gold span's (the CoNLL measure). Per type and overall (micro-averaged).
 */
public final class SpanScores {
    private final Map<String, long[]> counts = new TreeMap<>(); // type -> {true positives, predicted, gold}
    /** Gold spans not found, by type and cause: boundary, type, missed. */
    private final Map<String, Map<String, Long>> misses = new TreeMap<>();
    /** Predicted spans that are wrong, by predicted type: boundary, type, spurious. */
    private final Map<String, Map<String, Long>> wrong = new TreeMap<>();

    /** Adds one sentence's gold and predicted spans. */
    public void add(List<BioCorpus.Span> gold, List<BioCorpus.Span> predicted) {
        Set<BioCorpus.Span> goldSet = new HashSet<>(gold);
        for (BioCorpus.Span g : gold) {
            counts.computeIfAbsent(g.type(), k -> new long[3])[2]++;
        }
        Set<BioCorpus.Span> predictedSet = new HashSet<>(predicted);
        for (BioCorpus.Span p : predictedSet) {
            long[] c = counts.computeIfAbsent(p.type(), k -> new long[3]);
            c[1]++;
            if (goldSet.contains(p)) {
                c[0]++;
            } else {
                wrong.computeIfAbsent(p.type(), k -> new TreeMap<>()).merge(cause(p, gold, "spurious"), 1L, Long::sum);
            }
        }
        for (BioCorpus.Span g : goldSet) {
            if (!predictedSet.contains(g)) {
                misses.computeIfAbsent(g.type(), k -> new TreeMap<>()).merge(cause(g, predicted, "missed"), 1L,
                        Long::sum);
            }
        }
    }

    /**
     * Why {@code span} has no exact partner among {@code others}: the same extent with another type ({@code type}),
     * an overlapping span of the same type ({@code boundary}), else {@code none} (nothing there at all).
     */
    private static String cause(BioCorpus.Span span, List<BioCorpus.Span> others, String none) {
        boolean overlapSameType = false;
        for (BioCorpus.Span o : others) {
            if (o.start() == span.start() && o.end() == span.end() && !o.type().equals(span.type())) {
                return "type";
            }
            if (o.start() < span.end() && span.start() < o.end() && o.type().equals(span.type())) {
                overlapSameType = true;
            }
        }
        return overlapSameType ? "boundary" : none;
    }

    /** Precision, recall, F1 and the raw counts of one type, or of all types with {@code null}. */
    public record Score(long truePositives, long predicted, long gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public Score score(String type) {
        if (type != null) {
            long[] c = counts.getOrDefault(type, new long[3]);
            return new Score(c[0], c[1], c[2]);
        }
        long tp = 0;
        long pred = 0;
        long gold = 0;
        for (long[] c : counts.values()) {
            tp += c[0];
            pred += c[1];
            gold += c[2];
        }
        return new Score(tp, pred, gold);
    }

    /** Gold spans of {@code type} not found, by cause (boundary, type, missed). */
    public Map<String, Long> misses(String type) {
        return Map.copyOf(misses.getOrDefault(type, Map.of()));
    }

    public Set<String> types() {
        return counts.keySet();
    }

    /** A table: one row per type and the overall row. */
    public String toTable() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s %7s%n",
                "type", "correct", "predicted", "gold", "P", "R", "F1"));
        for (String t : types()) {
            row(sb, t, score(t));
        }
        row(sb, "overall", score(null));
        sb.append(String.format(Locale.ROOT, "errors (gold not found: boundary / type / missed; predicted wrong: "
                + "boundary / type / spurious)%n"));
        for (String t : types()) {
            Map<String, Long> m = misses.getOrDefault(t, Map.of());
            Map<String, Long> w = wrong.getOrDefault(t, Map.of());
            sb.append(String.format(Locale.ROOT, "%-8s not found %5d / %5d / %5d   wrong %5d / %5d / %5d%n", t,
                    m.getOrDefault("boundary", 0L), m.getOrDefault("type", 0L), m.getOrDefault("missed", 0L),
                    w.getOrDefault("boundary", 0L), w.getOrDefault("type", 0L), w.getOrDefault("spurious", 0L)));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Score s) {
        sb.append(String.format(Locale.ROOT, "%-8s %9d %9d %9d %7.3f %7.3f %7.3f%n", name, s.truePositives(),
                s.predicted(), s.gold(), s.precision(), s.recall(), s.f1()));
    }
}
