package org.rhetoriclake.core.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * One console line for a {@link ProgressSnapshot}: how much of the phase is done, its rate and, when the
 * phase has a known end, the time left, e.g.
 * <pre>annotate: 412/2,000 articles (21%), 618,000/2,950,000 chars, 3.1 articles/s, 4.6k chars/s, ETA 8m35s [run 6m02s]</pre>
 *
 * <p>Rates and the ETA are measured from the moment the phase's first results were seen
 * ({@link ProgressSnapshot#since()}): the ETA assumes the rest of the phase goes at that rate. For reading, progress is measured in bytes
 * (a folder of small pages and one large crawl both move smoothly); for annotation, in characters, since NER
 * time grows with the text, not with the number of articles.
 */
public final class ProgressLine {
    /** Below this much of a phase done, a rate is noise and no ETA is given. */
    private static final double MIN_FRACTION_FOR_ETA = 0.01;
    /** Nor before the phase has run this long. */
    private static final Duration MIN_ELAPSED_FOR_ETA = Duration.ofSeconds(5);

    private ProgressLine() {
    }

    public static String format(ProgressSnapshot s) {
        StringBuilder b = new StringBuilder(s.phase().label());
        if (!s.detail().isEmpty()) {
            b.append(' ').append(s.detail());
        }
        b.append(": ");
        ProgressSnapshot.Since since = s.since();
        double seconds = since == null ? 0 : since.elapsed().toMillis() / 1000.0;
        switch (s.phase()) {
            case READ -> {
                b.append(count(s.filesDone())).append('/').append(count(s.filesTotal())).append(" files");
                if (s.bytesTotal() > 0) {
                    b.append(" (").append(percent(s.bytesDone(), s.bytesTotal())).append(" of ")
                            .append(bytes(s.bytesTotal())).append(')');
                }
                b.append(", ").append(count(s.records())).append(" records");
                if (seconds > 0) {
                    b.append(", ").append(rate((s.records() - since.records()) / seconds)).append(" records/s");
                    eta(fraction(s.bytesDone(), s.bytesTotal(), s.filesDone(), s.filesTotal()),
                            fraction(since.bytes(), s.bytesTotal(), since.files(), s.filesTotal()), since.elapsed())
                            .ifPresent(left -> b.append(", ETA ").append(duration(Duration.ofSeconds(left))));
                }
            }
            case ANNOTATE -> {
                b.append(count(s.articlesDone())).append('/').append(count(s.articlesTotal())).append(" articles");
                if (s.articlesTotal() > 0) {
                    b.append(" (").append(percent(s.articlesDone(), s.articlesTotal())).append(')');
                }
                if (s.articlesDone() == 0) {
                    // What the first tens of seconds of a run usually are: say so rather than show a stalled line.
                    return b.append(", waiting for the first articles (each executor loads CoreNLP once, 20-40 s) [run ")
                            .append(duration(s.runElapsed())).append(']').toString();
                }
                if (s.charsTotal() > 0) {
                    b.append(", ").append(count(s.charsDone())).append('/').append(count(s.charsTotal())).append(" chars");
                }
                if (seconds > 0) {
                    b.append(", ").append(rate((s.articlesDone() - since.articles()) / seconds)).append(" articles/s, ")
                            .append(rate((s.charsDone() - since.chars()) / seconds)).append(" chars/s");
                    eta(fraction(s.charsDone(), s.charsTotal(), s.articlesDone(), s.articlesTotal()),
                            fraction(since.chars(), s.charsTotal(), since.articles(), s.articlesTotal()), since.elapsed())
                            .ifPresent(left -> b.append(", ETA ").append(duration(Duration.ofSeconds(left))));
                }
            }
            default -> b.append(duration(s.phaseElapsed()));
        }
        return b.append(" [run ").append(duration(s.runElapsed())).append(']').toString();
    }

    /**
     * The part of a phase done: by the finer measure when its total is known, else by the coarser one;
     * negative when neither total is known.
     */
    static double fraction(long fineDone, long fineTotal, long coarseDone, long coarseTotal) {
        if (fineTotal > 0) {
            return Math.min(1.0, (double) fineDone / fineTotal);
        }
        if (coarseTotal > 0) {
            return Math.min(1.0, (double) coarseDone / coarseTotal);
        }
        return -1;
    }

    /**
     * Seconds left at the rate of the window: {@code fraction} done now, {@code before} done when the window began
     * {@code elapsed} ago; empty until enough is done, over long enough, to tell.
     */
    static OptionalLong eta(double fraction, double before, Duration elapsed) {
        double gained = fraction - before;
        if (fraction < MIN_FRACTION_FOR_ETA || gained <= 0 || elapsed.compareTo(MIN_ELAPSED_FOR_ETA) < 0) {
            return OptionalLong.empty();
        }
        double secondsLeft = elapsed.toMillis() / 1000.0 * (1 - fraction) / gained;
        return OptionalLong.of(Math.round(secondsLeft));
    }

    /** 42s, 3m05s, 1h02m. */
    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(long done, long total) {
        return String.format(Locale.ROOT, "%d%%", Math.min(100, Math.round(100.0 * done / total)));
    }

    /** 0.4, 3.1, 42, 4.6k, 1.2M: two or three significant figures are what a reader takes in. */
    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
        }
        if (perSecond >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", perSecond / 1e3);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
        }
        if (perSecond >= 10) {
            return String.format(Locale.ROOT, "%.0f", perSecond);
        }
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** 512 B, 3.4 KiB, 120.5 MiB, 2.0 GiB. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
