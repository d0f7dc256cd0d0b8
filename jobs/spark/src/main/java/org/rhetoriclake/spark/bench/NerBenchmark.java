package org.rhetoriclake.spark.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.rhetoriclake.core.bench.NerCorpus;
import org.rhetoriclake.core.bench.PairedThroughput;
import org.rhetoriclake.core.bench.PairedThroughput.Pass;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.quotes.QuoteExtractor;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.nlp.CoreNlpPipelines;
import org.rhetoriclake.spark.stages.SharedModels;

/**
 * The job's NER stage beside raw CoreNLP on exactly the same text, on one thread, so that the cost of what the
 * job adds around CoreNLP (the tagger adapter, the mention builder's rules, gazetteer and linking) is a number,
 * "the stage runs at 95% of raw CoreNLP's chars/s", rather than a guess.
 *
 * <ul>
 *   <li><b>raw CoreNLP</b>: the pipeline the job uses (same properties, the same shared instance from
 *       {@link CoreNlpPipelines}), annotating each tagged paragraph as a new {@link Annotation}; nothing else.</li>
 *   <li><b>NER stage</b>: {@code SharedModels.mentionBuilder(spec).build(article)} for every article, which is
 *       what the entities stage runs per article: the tagger per paragraph, then what the mention builder adds
 *       (its rules, the gazetteer, linking).</li>
 * </ul>
 *
 * <p>Both run in the calling thread, after the pipeline is loaded (its load time is reported apart). Every round
 * runs each article through both, one right after the other, and which goes first alternates from article to
 * article. On a shared 2-core VM, timing all of one and then all of the other gave round ratios from 85% to 134%
 * (slow stretches come and go over minutes); interleaved, the same corpus gave 99.4% to 101.5% while the
 * throughput of both moved by 25% from round to round. A slow stretch, JIT state or a GC now falls on both
 * alike. If the stage turned out to use a pipeline other than the one timed raw (a
 * different key would make {@link CoreNlpPipelines} build a second one), the run fails rather than compare two
 * different things.
 *
 * <p>An article that throws in either (a tagger error; too-long paragraphs are left out beforehand by
 * {@link NerCorpus#withinCap}) is counted as failed on that side, without its chars or time, so each side's
 * chars/s is over the text it finished and the two char counts show whether they finished the same text.
 */
public final class NerBenchmark {
    public static final String RAW = "raw CoreNLP";
    public static final String STAGE = "NER stage";
    public static final String QUOTES = "quote extraction";

    private final SharedModels.Spec spec;
    private String firstFailure;

    public NerBenchmark(SharedModels.Spec spec) {
        this.spec = spec;
    }

    /**
     * How the pipeline was obtained.
     *
     * @param seconds      wall time of this run's request for it (near 0 when the JVM already had it)
     * @param builtNow     whether the request built it
     * @param buildSeconds the construction's time as {@link CoreNlpPipelines} logged it, or -1 if unknown
     * @param annotators   the {@code annotators} property
     * @param key          {@link CoreNlpPipelines#keyOf} the properties
     */
    public record Load(double seconds, boolean builtNow, double buildSeconds, String annotators, String key) {
        String describe() {
            String how = builtNow
                    ? String.format(Locale.ROOT, "loaded in %.1f s", seconds)
                    : String.format(Locale.ROOT, "already loaded in this JVM (built in %.1f s)", buildSeconds);
            return String.format(Locale.ROOT, "  pipeline: %s (annotators=%s, key=%s)%n", how, annotators, key);
        }
    }

    /** What a run measured. */
    public record Result(Load load, int warmup, PairedThroughput throughput, List<Pass> quotes, String firstFailure) {
        /** Median over the rounds of the quote extraction's time as a share of the NER stage's. */
        public double quoteShareOfStage() {
            List<Double> shares = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                shares.add(quotes.get(i).seconds() / throughput.rounds().get(i).candidate().seconds());
            }
            shares.sort(null);
            return shares.get(shares.size() / 2);
        }

        public String report() {
            StringBuilder sb = new StringBuilder(load.describe());
            sb.append(String.format(Locale.ROOT, "  rounds: %d warm-up (not measured), %d measured; 1 thread; the "
                    + "two interleaved article by article, taking turns at going first%n", warmup,
                    throughput.rounds().size()));
            sb.append(throughput.report());
            Pass q = quotes.get(quotes.size() / 2);
            sb.append(String.format(Locale.ROOT, "  %s (on the stage's mentions, after it): %.3f s, %.0f chars/s; "
                    + "median %.2f%% of the NER stage's time%n", QUOTES, q.seconds(), q.charsPerSecond(),
                    100 * quoteShareOfStage()));
            if (firstFailure != null) {
                sb.append(String.format(Locale.ROOT, "  first failure: %s%n", firstFailure));
            }
            return sb.toString();
        }
    }

    /**
     * Loads the pipeline, runs {@code warmup} unmeasured and {@code rounds} measured rounds on the articles of
     * {@code corpus} that are within the NER length cap.
     */
    public Result run(NerCorpus corpus, int warmup, int rounds) {
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and rounds >= 1, got " + warmup + " and " + rounds);
        }
        firstFailure = null;
        // Idempotent: the caller has usually done it already, to print what is measured before the long load.
        List<Article> articles = corpus.withinCap(spec.maxParagraphChars()).articles();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("the inputs hold no article text to tag");
        }
        List<List<String>> texts = new ArrayList<>(articles.size());
        long[] chars = new long[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            texts.add(NerCorpus.taggedTexts(articles.get(i)));
            chars[i] = NerCorpus.taggedChars(articles.get(i));
        }

        Properties properties = spec.coreNlpProperties();
        int before = CoreNlpPipelines.constructionCount(properties);
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(properties);
        Load load = load((System.nanoTime() - t0) / 1e9, before == 0, properties);
        MentionBuilder stage = SharedModels.mentionBuilder(spec);
        int pipelinesBuilt = CoreNlpPipelines.constructionCount();

        QuoteExtractor quoteExtractor = SharedModels.quoteExtractor(spec);
        List<PairedThroughput.Round> measured = new ArrayList<>(rounds);
        List<Pass> quotes = new ArrayList<>(rounds);
        for (int i = 0; i < warmup + rounds; i++) {
            Tally quoteTally = new Tally();
            PairedThroughput.Round round = round(i, pipeline, stage, quoteExtractor, quoteTally, articles, texts, chars);
            if (i >= warmup) {
                measured.add(round);
                quotes.add(quoteTally.pass());
            }
        }
        if (CoreNlpPipelines.constructionCount() != pipelinesBuilt) {
            throw new IllegalStateException("a second CoreNLP pipeline was built while measuring: the NER stage's "
                    + "tagger did not get the pipeline timed raw, so the figures would compare two pipelines and "
                    + "include a load");
        }
        return new Result(load, warmup, new PairedThroughput(RAW, STAGE, measured), quotes, firstFailure);
    }

    /**
     * One round: every article through both, one right after the other, the one going first alternating from
     * article to article (and from round to round), so a stretch of machine load or a GC falls on both alike.
     */
    private PairedThroughput.Round round(int index, StanfordCoreNLP pipeline, MentionBuilder stage,
                                         QuoteExtractor quoteExtractor, Tally quotes, List<Article> articles,
                                         List<List<String>> texts, long[] chars) {
        System.gc();
        Tally raw = new Tally();
        Tally staged = new Tally();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            List<String> paragraphs = texts.get(i);
            boolean stageFirst = (index + i) % 2 == 1;
            if (!stageFirst) {
                raw.time(RAW, () -> annotate(pipeline, paragraphs), chars[i]);
            }
            List<List<EntityMention>> mentions = new ArrayList<>(1);
            staged.time(STAGE, () -> {
                mentions.add(stage.build(article));
                return mentions.get(0).size();
            }, chars[i]);
            if (!mentions.isEmpty()) {
                quotes.time(QUOTES, () -> quoteExtractor.extract(article, mentions.get(0)).size(), chars[i]);
            }
            if (stageFirst) {
                raw.time(RAW, () -> annotate(pipeline, paragraphs), chars[i]);
            }
        }
        return new PairedThroughput.Round(raw.pass(), staged.pass());
    }

    /** CoreNLP alone: one new {@link Annotation} per tagged paragraph, as the tagger makes it; the mention count. */
    private static long annotate(StanfordCoreNLP pipeline, List<String> paragraphs) {
        long mentions = 0;
        for (String text : paragraphs) {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            List<CoreMap> m = doc.get(CoreAnnotations.MentionsAnnotation.class);
            mentions += m == null ? 0 : m.size();
        }
        return mentions;
    }

    /**
     * One side's running totals in a round. An article that throws is counted as failed, and neither its chars
     * nor the time spent on it are, so the chars/s is over the text that was finished.
     */
    private final class Tally {
        private long chars;
        private long nanos;
        private long found;
        private int failed;

        void time(String side, LongSupplier work, long articleChars) {
            long t0 = System.nanoTime();
            try {
                long n = work.getAsLong();
                nanos += System.nanoTime() - t0;
                found += n;
                chars += articleChars;
            } catch (RuntimeException e) {
                failed++;
                noteFailure(side, e);
            }
        }

        Pass pass() {
            return new Pass(chars, nanos / 1e9, failed, found);
        }
    }

    private void noteFailure(String pass, RuntimeException e) {
        if (firstFailure == null) {
            firstFailure = pass + ": " + e;
        }
    }

    private static Load load(double seconds, boolean builtNow, Properties properties) {
        String key = CoreNlpPipelines.keyOf(properties);
        double built = -1;
        for (CoreNlpPipelines.Construction c : CoreNlpPipelines.constructions()) {
            if (c.key().equals(key)) {
                built = c.seconds();
            }
        }
        return new Load(seconds, builtNow, built, properties.getProperty("annotators", "").replaceAll("\\s+", ""), key);
    }

}
