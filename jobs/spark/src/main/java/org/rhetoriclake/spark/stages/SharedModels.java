package org.rhetoriclake.spark.stages;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.entities.EntityLinker;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.entities.gazetteer.Gazetteer;
import org.rhetoriclake.core.version.Versions;
import org.rhetoriclake.core.quotes.RolePhrases;
import org.rhetoriclake.core.rhetoric.RhetoricLexicon;
import org.rhetoriclake.core.rhetoric.RhetoricTagger;
import org.rhetoriclake.core.quotes.Lexicons;
import org.rhetoriclake.core.quotes.QuoteExtractor;
import org.rhetoriclake.nlp.ChineseEntityTagger;

/**
 * Per-JVM holders of the heavy, thread-safe analysis objects, keyed by their settings. Spark tasks of one
 * executor share them: the CoreNLP pipeline is built once per JVM, never per task or row.
 *
 * <p>The settings travel to executors as a small {@link Spec} holding the <em>contents</em> of the CoreNLP
 * properties, read once on the driver (the jar's copy where the default file is missing), and the lexicon folder (the jar's built-in lexicons where an
 * executor has no such folder).
 */
public final class SharedModels {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SharedModels.class);
    private static final Map<Spec, MentionBuilder> MENTION_BUILDERS = new ConcurrentHashMap<>();
    private static final Map<Spec, QuoteExtractor> QUOTE_EXTRACTORS = new ConcurrentHashMap<>();
    private static final Map<Spec, RhetoricTagger> RHETORIC_TAGGERS = new ConcurrentHashMap<>();
    private static final Map<Spec, Gazetteer> GAZETTEERS = new ConcurrentHashMap<>();

    private SharedModels() {
    }

    public static MentionBuilder mentionBuilder(Spec spec) {
        return MENTION_BUILDERS.computeIfAbsent(spec, s -> {
            Gazetteer gazetteer = gazetteer(s);
            return new MentionBuilder(new ChineseEntityTagger(s.coreNlpProperties(), s.maxParagraphChars()),
                    MentionBuilder.BY_TAGGER, gazetteer, new EntityLinker(gazetteer, new RolePhrases(lexicons(s))));
        });
    }

    public static QuoteExtractor quoteExtractor(Spec spec) {
        return QUOTE_EXTRACTORS.computeIfAbsent(spec, s -> new QuoteExtractor(lexicons(s)));
    }

    public static RhetoricTagger rhetoricTagger(Spec spec) {
        return RHETORIC_TAGGERS.computeIfAbsent(spec, s -> {
            Path dir = s.lexiconDir() == null ? null : Path.of(s.lexiconDir());
            return new RhetoricTagger(dir != null && Files.isDirectory(dir) ? RhetoricLexicon.fromDirectory(dir)
                    : RhetoricLexicon.defaults());
        });
    }

    // The conf/ folders exist where the job runs embedded; executors without them use the copies in the jar.

    private static Lexicons lexicons(Spec s) {
        Path dir = s.lexiconDir() == null ? null : Path.of(s.lexiconDir());
        return dir != null && Files.isDirectory(dir) ? Lexicons.fromDirectory(dir) : Lexicons.defaults();
    }

    private static Gazetteer gazetteer(Spec spec) {
        return GAZETTEERS.computeIfAbsent(spec, s -> {
            Path dir = s.gazetteerDir() == null ? null : Path.of(s.gazetteerDir());
            return dir != null && Files.isRegularFile(dir.resolve(Gazetteer.ACTORS)) ? Gazetteer.load(dir)
                    : Gazetteer.defaults();
        });
    }

    /**
     * What {@code model_version} says on the rows these models produce: the CoreNLP version (its Chinese models are
     * released with it) and the gazetteer's content version, e.g. {@code corenlp-4.5.10-chinese+gazetteer-3f0c9a1b2c4d}.
     */
    public static String modelVersion(Spec spec) {
        return "corenlp-" + Versions.coreNlp() + "-chinese+gazetteer-" + gazetteer(spec).version();
    }

    /**
     * What the analysis objects are built from.
     *
     * @param coreNlpPropertiesText the CoreNLP properties file's text
     * @param maxParagraphChars     NER length cap
     * @param lexiconDir            absolute path of the lexicon folder
     * @param gazetteerDir          absolute path of the gazetteer folder
     */
    public record Spec(String coreNlpPropertiesText, int maxParagraphChars, String lexiconDir, String gazetteerDir)
            implements Serializable {

        public static Spec from(JobConfig config) {
            CoreNlpPropertiesSource properties = CoreNlpPropertiesSource.resolve(config);
            LOG.info("CoreNLP properties: {}", properties.describe());
            return new Spec(properties.text(), config.nerMaxParagraphChars(),
                    config.lexiconDir().toString(), config.gazetteerDir().toString());
        }

        /** The CoreNLP properties parsed from {@link #coreNlpPropertiesText}: the key the shared pipeline is built for. */
        public Properties coreNlpProperties() {
            Properties p = new Properties();
            try {
                p.load(new StringReader(coreNlpPropertiesText));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
