package org.rhetoriclake.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's CoreNLP pipelines, one per distinct set of properties, built on first use.
 *
 * <p>Why a static holder: a Chinese pipeline takes 20-40 s and about 2 GB of heap to build, and Spark runs
 * many tasks (partitions) in one executor JVM, often at the same moment. Each task asks here; the first one
 * builds, the others wait for that build instead of starting their own, and every later task gets the same
 * instance. Keyed by the properties' content (not by the object), so two taggers configured alike, say one
 * from {@code conf/} and one from the jar's copy, share a pipeline.
 *
 * <p>Each construction is logged once at INFO, in a form the Spark tests grep for:
 * {@code CoreNLP pipeline constructed (annotators=tokenize,ssplit,pos,lemma,ner, key=1a2b3c4d5e6f, took 17.3 s,
 * jvm=4242@host)}. A failed build is not remembered: the next caller tries again (and fails the same way if
 * a model is missing), so a transient failure does not poison the executor.
 *
 * <p>Sharing one pipeline between threads is safe because {@link StanfordCoreNLP#annotate} keeps its
 * per-document state in the {@code Annotation} it is given (CoreNLP's own {@code -threads} mode shares the
 * annotators the same way); {@code ChineseEntityTaggerIT} checks that concurrent and sequential results agree.
 */
public final class CoreNlpPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipelines.class);

    private static final ConcurrentMap<String, Slot> SLOTS = new ConcurrentHashMap<>();
    private static final AtomicInteger CONSTRUCTIONS = new AtomicInteger();
    private static final List<Construction> HISTORY = new ArrayList<>();

    private CoreNlpPipelines() {
    }

    /**
     * The pipeline for these properties, building it on the first call (in this thread; concurrent callers for
     * the same properties wait for it). The properties are copied; later changes to them have no effect.
     */
    public static StanfordCoreNLP get(Properties properties) {
        Properties copy = flatCopy(properties);
        String canonical = canonical(copy);
        return SLOTS.computeIfAbsent(canonical, c -> new Slot(copy, c)).pipeline();
    }

    /** How many pipelines this JVM has built so far, for all properties. */
    public static int constructionCount() {
        return CONSTRUCTIONS.get();
    }

    /** How many times the pipeline for these properties has been built in this JVM: 0 or 1. */
    public static int constructionCount(Properties properties) {
        Slot slot = SLOTS.get(canonical(flatCopy(properties)));
        return slot == null ? 0 : slot.constructions();
    }

    /** The constructions so far, oldest first. */
    public static List<Construction> constructions() {
        synchronized (HISTORY) {
            return List.copyOf(HISTORY);
        }
    }

    /**
     * A short, stable id of a set of properties: the first 12 hex digits of the SHA-256 of its sorted
     * {@code key=value} lines. Equal on every JVM, so logs from different executors can be compared.
     */
    public static String keyOf(Properties properties) {
        return shortHash(canonical(flatCopy(properties)));
    }

    /**
     * One pipeline construction.
     *
     * @param annotators the {@code annotators} property, spaces removed
     * @param key        {@link #keyOf} the properties
     * @param seconds    wall time of the construction
     * @param jvm        {@code pid@host} of this JVM
     */
    public record Construction(String annotators, String key, double seconds, String jvm) {
        /** The line that is logged. */
        public String message() {
            return String.format(Locale.ROOT, "CoreNLP pipeline constructed (annotators=%s, key=%s, took %.1f s, jvm=%s)",
                    annotators, key, seconds, jvm);
        }
    }

    /** The properties with their defaults folded in, so the key covers everything CoreNLP will see. */
    static Properties flatCopy(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        Properties copy = new Properties();
        for (String name : properties.stringPropertyNames()) {
            copy.setProperty(name, properties.getProperty(name));
        }
        return copy;
    }

    /** Sorted {@code key=value} lines, values trimmed as CoreNLP reads them. */
    static String canonical(Properties flat) {
        StringBuilder sb = new StringBuilder();
        for (String name : new TreeSet<>(flat.stringPropertyNames())) {
            sb.append(name.trim()).append('=').append(flat.getProperty(name).trim()).append('\n');
        }
        return sb.toString();
    }

    private static String shortHash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** One set of properties and its pipeline once built. */
    private static final class Slot {
        private final Properties properties;
        private final String key;
        private volatile StanfordCoreNLP pipeline;
        private final AtomicInteger constructions = new AtomicInteger();

        Slot(Properties properties, String canonical) {
            this.properties = properties;
            this.key = shortHash(canonical);
        }

        StanfordCoreNLP pipeline() {
            StanfordCoreNLP p = pipeline;
            if (p != null) {
                return p;
            }
            synchronized (this) {
                if (pipeline == null) {
                    long t0 = System.nanoTime();
                    // CoreNLP may add to the properties it is given; hand it a copy so the key stays true.
                    StanfordCoreNLP built = new StanfordCoreNLP(flatCopy(properties));
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    constructions.incrementAndGet();
                    CONSTRUCTIONS.incrementAndGet();
                    Construction c = new Construction(
                            properties.getProperty("annotators", "").replaceAll("\\s+", ""), key, seconds,
                            ManagementFactory.getRuntimeMXBean().getName());
                    synchronized (HISTORY) {
                        HISTORY.add(c);
                    }
                    LOG.info(c.message());
                    pipeline = built;
                }
                return pipeline;
            }
        }

        /** Not synchronized: a caller asking while another thread builds must not wait 30 s for the answer. */
        int constructions() {
            return constructions.get();
        }
    }
}
