package org.rhetoriclake.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The measured rounds of a paired throughput benchmark: in every round a baseline and a candidate process the
 * same text, interleaved (unit by unit, taking turns at going first), and the figure that matters is the
 * candidate's throughput as a share of the baseline's. Pairing rather than timing all of one and then all of the
 * other means both see the same JIT and GC state and the same load from whatever else runs on the machine: a slow
 * stretch slows both, and the ratio cancels it, which is why the summary ratio is the median of the rounds'
 * ratios rather than a ratio of two medians.
 *
 * <p>Two figures of the ratio are printed: the candidate's chars/s as a percentage of the baseline's, and the
 * <em>overhead</em>, the extra time per char the candidate takes ({@code baseline/candidate - 1}): 90.9% of
 * the baseline's throughput is 10% overhead.
 *
 * @param baselineName  label of the baseline in the report, e.g. {@code raw CoreNLP}
 * @param candidateName label of the candidate, e.g. {@code NER stage}
 * @param rounds        the measured rounds, in order; at least one
 */
public record PairedThroughput(String baselineName, String candidateName, List<Round> rounds) {
    public PairedThroughput {
        Objects.requireNonNull(baselineName, "baselineName");
        Objects.requireNonNull(candidateName, "candidateName");
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no measured round");
        }
    }

    /**
     * One timed pass over the text.
     *
     * @param chars   chars processed (those of the units that did not fail)
     * @param seconds time spent on them
     * @param failed  units (articles) that threw and were skipped
     * @param found   what the pass found (entity mentions), reported as a check that it did the work
     */
    public record Pass(long chars, double seconds, int failed, long found) {
        public double charsPerSecond() {
            return seconds > 0 ? chars / seconds : 0;
        }
    }

    /** Both passes of one round. */
    public record Round(Pass baseline, Pass candidate) {
        /** Candidate chars/s ÷ baseline chars/s. */
        public double ratio() {
            double b = baseline.charsPerSecond();
            return b > 0 ? candidate.charsPerSecond() / b : 0;
        }
    }

    /** The median over the rounds of the candidate's throughput as a share of the baseline's. */
    public double medianRatio() {
        return median(rounds, Round::ratio);
    }

    /** The extra time per char the candidate takes, from {@link #medianRatio}: 0.1 is 10% slower. */
    public double medianOverhead() {
        return overhead(medianRatio());
    }

    /** The per-round lines, the medians and the ratio line. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(baselineName.length(), candidateName.length());
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            String label = String.format(Locale.ROOT, "round %d", i + 1);
            sb.append(line(label, baselineName, width, r.baseline()));
            sb.append(line(label, candidateName, width, r.candidate()));
            sb.append(String.format(Locale.ROOT, "  %-8s ratio %s / %s: %.1f%% (overhead %.1f%%)%n", label,
                    candidateName, baselineName, 100 * r.ratio(), 100 * overhead(r.ratio())));
        }
        sb.append(line("median", baselineName, width, medianPass(Round::baseline)));
        sb.append(line("median", candidateName, width, medianPass(Round::candidate)));
        sb.append(String.format(Locale.ROOT,
                "  %-8s ratio %s / %s: %.1f%% (overhead %.1f%%), median of the per-round ratios over %d round(s)%n",
                "median", candidateName, baselineName, 100 * medianRatio(),
                100 * medianOverhead(), rounds.size()));
        return sb.toString();
    }

    /**
     * A pass of median chars and median seconds (so its chars/s is chars over the median time); failures and
     * findings are those of the last round.
     */
    private Pass medianPass(Function<Round, Pass> side) {
        List<Pass> passes = rounds.stream().map(side).toList();
        Pass last = passes.get(passes.size() - 1);
        return new Pass(Math.round(median(passes, p -> (double) p.chars())), median(passes, Pass::seconds),
                last.failed(), last.found());
    }

    private static String line(String label, String name, int width, Pass p) {
        String failed = p.failed() > 0 ? String.format(Locale.ROOT, ", %d failed", p.failed()) : "";
        return String.format(Locale.ROOT,
                "  %-8s %-" + width + "s %9d chars %8.3f s %8.0f chars/s  (%d mentions%s)%n",
                label, name, p.chars(), p.seconds(), p.charsPerSecond(), p.found(), failed);
    }

    private static double overhead(double ratio) {
        return ratio > 0 ? 1 / ratio - 1 : 0;
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        List<Double> v = new ArrayList<>(items.size());
        for (T t : items) {
            v.add(value.applyAsDouble(t));
        }
        v.sort(Double::compare);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }
}
