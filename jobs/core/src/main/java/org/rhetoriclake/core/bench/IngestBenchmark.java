package org.rhetoriclake.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.rhetoriclake.core.decode.HtmlDecoder;
import org.rhetoriclake.core.extract.ArticleParser;
import org.rhetoriclake.core.ingest.InputFiles;
import org.rhetoriclake.core.ingest.ReadOptions;
import org.rhetoriclake.core.ingest.RecordStream;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;

/**
 * Measures ingest + parse throughput on one thread (so the figure is per core), NLP off: reading and
 * decompressing the input, splitting WARC records, decoding charsets, parsing HTML and extracting the article.
 * Beside it, for the same HTML payloads, jsoup's parse alone, the floor the extraction is compared against.
 *
 * <p>The files are read {@code warmup} times first so the JIT has compiled the hot paths, then
 * {@code rounds} times measured; the figures are per measured round (best and median).
 */
public final class IngestBenchmark {
    private final ReadOptions options;

    public IngestBenchmark(ReadOptions options) {
        this.options = options;
    }

    /** Result of one benchmark. */
    public record Result(int files, long inputBytes, long payloadBytes, long records, Map<String, Long> outcomes,
                         double bestSeconds, double medianSeconds, double jsoupOnlySeconds) {
        public double mbPerSecond() {
            return inputBytes / 1e6 / bestSeconds;
        }

        public double payloadMbPerSecond() {
            return payloadBytes / 1e6 / bestSeconds;
        }

        public double jsoupOnlyMbPerSecond() {
            return payloadBytes / 1e6 / jsoupOnlySeconds;
        }

        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "ingest+parse benchmark, 1 thread, NLP off%n"));
            sb.append(String.format(Locale.ROOT, "  input: %d files, %.2f MB on disk, %.2f MB of HTML/dump payload, %d records%n",
                    files, inputBytes / 1e6, payloadBytes / 1e6, records));
            outcomes.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-34s %d%n", k, v)));
            sb.append(String.format(Locale.ROOT, "  time per round: best %.3f s, median %.3f s%n", bestSeconds, medianSeconds));
            sb.append(String.format(Locale.ROOT, "  throughput: %.1f MB/s of input files, %.1f MB/s of payload (per core)%n",
                    mbPerSecond(), payloadMbPerSecond()));
            sb.append(String.format(Locale.ROOT, "  jsoup parse alone on the same payloads: %.3f s = %.1f MB/s%n",
                    jsoupOnlySeconds, jsoupOnlyMbPerSecond()));
            return sb.toString();
        }
    }

    public Result run(List<Path> inputs, int warmup, int rounds) {
        List<Path> files = BenchInputs.files(inputs);
        long inputBytes = 0;
        for (Path f : files) {
            try {
                inputBytes += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ArticleParser parser = new ArticleParser();
        Round first = null;
        for (int i = 0; i < warmup; i++) {
            first = round(files, parser);
        }
        List<Double> times = new ArrayList<>();
        Round last = first;
        for (int i = 0; i < Math.max(1, rounds); i++) {
            long t0 = System.nanoTime();
            last = round(files, parser);
            times.add((System.nanoTime() - t0) / 1e9);
        }
        times.sort(Double::compare);
        double jsoup = jsoupOnly(last.payloads, warmup, rounds);
        return new Result(files.size(), inputBytes, last.payloadBytes, last.records, last.outcomes, times.get(0),
                times.get(times.size() / 2), jsoup);
    }

    private static final class Round {
        long records;
        long payloadBytes;
        final Map<String, Long> outcomes = new TreeMap<>();
        final List<RawRecord> payloads = new ArrayList<>();
    }

    private Round round(List<Path> files, ArticleParser parser) {
        Round r = new Round();
        for (Path f : files) {
            try (RecordStream records = InputFiles.open(f.toString(), Files.newByteChannel(f, StandardOpenOption.READ),
                    options)) {
                while (records.hasNext()) {
                    Outcome<RawRecord> raw = records.next();
                    r.records++;
                    String key;
                    if (raw instanceof Outcome.Ok<RawRecord> ok) {
                        r.payloadBytes += ok.value().content().length;
                        if (ok.value().format() != InputFormat.DUMP && r.payloads.size() < 100_000) {
                            r.payloads.add(ok.value());
                        }
                        key = BenchInputs.outcomeKey(parser.parse(ok.value()));
                    } else {
                        key = BenchInputs.outcomeKey(raw);
                    }
                    r.outcomes.merge(key, 1L, Long::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return r;
    }

    /** jsoup's parse of the same payloads, decoded the same way, timed alone (best of the rounds). */
    private static double jsoupOnly(List<RawRecord> payloads, int warmup, int rounds) {
        HtmlDecoder decoder = new HtmlDecoder();
        List<String> texts = new ArrayList<>();
        for (RawRecord r : payloads) {
            texts.add(decoder.decode(r.content(), r.headers().get("content-type")).text());
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < warmup + Math.max(1, rounds); i++) {
            long t0 = System.nanoTime();
            int nodes = 0;
            for (String t : texts) {
                nodes += Jsoup.parse(t).childNodeSize();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (i >= warmup && nodes >= 0) {
                best = Math.min(best, s);
            }
        }
        return best;
    }
}
