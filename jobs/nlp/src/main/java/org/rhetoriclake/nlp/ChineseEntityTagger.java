package org.rhetoriclake.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.rhetoriclake.core.entities.EntityLabels;
import org.rhetoriclake.core.entities.EntityTagger;
import org.rhetoriclake.core.entities.TextTooLongException;

/**
 * Chinese named entities from Stanford CoreNLP: one paragraph per call.
 *
 * <p>What {@link #tag} returns, in order of start: every CoreNLP entity mention
 * ({@code CoreAnnotations.MentionsAnnotation}) with its NER label (PERSON, ORGANIZATION, GPE, COUNTRY, CITY,
 * STATE_OR_PROVINCE, LOCATION, FACILITY, DEMONYM, MISC, TITLE, DATE, NUMBER…), and every other word of the
 * segmentation, labelled {@link EntityLabels#PROPER_NOUN} when the POS tagger calls it a proper noun (CTB
 * {@code NR}) and {@link EntityLabels#OUTSIDE} ({@code O}) otherwise. Together they cover the text's words
 * exactly once and never overlap. The untyped words are there because Chinese has no spaces: the rules in
 * core's {@link org.rhetoriclake.core.entities.MentionBuilder} (a proper noun right after a role title is a
 * name) need the segmenter's word boundaries and that one bit of part of speech. A consumer that wants
 * entities only drops the labels {@link EntityLabels#isUntyped} accepts.
 * Offsets are {@link String} offsets (UTF-16 units) into the given text, and {@code text()} is exactly
 * {@code text.substring(start, end)}.
 *
 * <p>Texts longer than {@link #maxChars()} are refused with {@link TextTooLongException} before CoreNLP sees
 * them: the segmenter slows down badly on long inputs, and a paragraph that long is almost always a table or
 * a page flattened into one block, which the entities stage should reject visibly rather than tag slowly.
 *
 * <p>Thread-safe: the pipeline comes from {@link CoreNlpPipelines} (one per JVM for these properties) and
 * every call annotates its own {@link Annotation}. Serializable and cheap to construct: the pipeline is looked
 * up on first use, so a tagger can be built on the Spark driver and shipped to executors, where the first task
 * builds the pipeline for all.
 */
public final class ChineseEntityTagger implements EntityTagger, Serializable {
    private static final long serialVersionUID = 1L;

    /** The longest paragraph tagged by default, in chars ({@code rhetoric.ner.maxParagraphChars}). */
    public static final int DEFAULT_MAX_CHARS = 5_000;

    /** The classpath copy of {@code conf/corenlp-chinese.properties}, used when no file is given. */
    public static final String DEFAULT_PROPERTIES_RESOURCE = "/org/rhetoriclake/nlp/corenlp-chinese.properties";

    private final Properties properties;
    private final int maxChars;
    private transient volatile StanfordCoreNLP pipeline;

    /** With the bundled properties and the default limit. */
    public ChineseEntityTagger() {
        this(defaultProperties(), DEFAULT_MAX_CHARS);
    }

    /** With the properties in {@code propertiesFile} (UTF-8) and the default limit. */
    public ChineseEntityTagger(Path propertiesFile) {
        this(loadProperties(propertiesFile), DEFAULT_MAX_CHARS);
    }

    /** With the properties in {@code propertiesFile} (UTF-8), refusing texts longer than {@code maxChars}. */
    public ChineseEntityTagger(Path propertiesFile, int maxChars) {
        this(loadProperties(propertiesFile), maxChars);
    }

    /** With these CoreNLP properties (copied), refusing texts longer than {@code maxChars}. */
    public ChineseEntityTagger(Properties properties, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.properties = CoreNlpPipelines.flatCopy(properties);
        this.maxChars = maxChars;
    }

    /** Reads a properties file as UTF-8 ({@link Properties#load(InputStream)} would assume ISO-8859-1). */
    public static Properties loadProperties(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP properties " + file, e);
        }
    }

    /** The bundled properties ({@value #DEFAULT_PROPERTIES_RESOURCE}), read as UTF-8. */
    public static Properties defaultProperties() {
        try (InputStream in = ChineseEntityTagger.class.getResourceAsStream(DEFAULT_PROPERTIES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_PROPERTIES_RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_PROPERTIES_RESOURCE, e);
        }
    }

    /**
     * Tags one paragraph.
     *
     * @throws TextTooLongException when {@code text.length() > maxChars()}
     */
    @Override
    public List<TaggedSpan> tag(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > maxChars) {
            throw new TextTooLongException(text.length(), maxChars);
        }
        if (text.isBlank()) {
            return List.of();
        }
        Annotation doc = new Annotation(text);
        pipeline().annotate(doc);
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            throw new IllegalStateException("CoreNLP made no entity mentions: the annotators must include ner, "
                    + "with ner.buildEntityMentions=true");
        }
        List<TaggedSpan> spans = new ArrayList<>(mentions.size() * 4);
        boolean[] inMention = new boolean[text.length()];
        for (CoreMap m : mentions) {
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (fits(start, end, text)) {
                spans.add(new TaggedSpan(start, end, text.substring(start, end),
                        m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
                Arrays.fill(inMention, start, end, true);
            }
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel t : tokens == null ? List.<CoreLabel>of() : tokens) {
            int start = t.beginPosition();
            int end = t.endPosition();
            if (fits(start, end, text) && !inMention[start]) {
                String label = "NR".equals(t.tag()) ? EntityLabels.PROPER_NOUN : EntityLabels.OUTSIDE;
                spans.add(new TaggedSpan(start, end, text.substring(start, end), label));
            }
        }
        spans.sort(Comparator.comparingInt(TaggedSpan::start));
        return spans;
    }

    /** Offsets CoreNLP computed for this very text always fit; the check keeps a surprise from becoming a crash. */
    private static boolean fits(int start, int end, String text) {
        return start >= 0 && end > start && end <= text.length();
    }

    /** The longest text {@link #tag} accepts, in chars. */
    public int maxChars() {
        return maxChars;
    }

    /** A copy of the CoreNLP properties this tagger uses. */
    public Properties properties() {
        return CoreNlpPipelines.flatCopy(properties);
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            p = CoreNlpPipelines.get(properties);
            pipeline = p;
        }
        return p;
    }
}
