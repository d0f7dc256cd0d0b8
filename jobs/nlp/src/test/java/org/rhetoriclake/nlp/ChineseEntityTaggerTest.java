package org.rhetoriclake.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.entities.TextTooLongException;

/** What can be checked without loading the models: settings, keys, limits. Milliseconds. */
class ChineseEntityTaggerTest {

    /** The checkout root: {@code rhetoric.project.root} when set, else two levels above {@code jobs/nlp}. */
    static Path projectRoot() {
        return org.rhetoriclake.core.testing.TestPaths.projectRoot();
    }

    @Test
    void theBundledPropertiesAreTheConfFileByteForByte() throws IOException {
        byte[] conf = Files.readAllBytes(projectRoot().resolve("conf/corenlp-chinese.properties"));
        byte[] bundled;
        try (InputStream in = ChineseEntityTagger.class.getResourceAsStream(ChineseEntityTagger.DEFAULT_PROPERTIES_RESOURCE)) {
            assertTrue(in != null, "resource missing");
            bundled = in.readAllBytes();
        }
        assertArrayEquals(conf, bundled, "conf/corenlp-chinese.properties and "
                + "jobs/nlp/src/main/resources/org/rhetoriclake/nlp/corenlp-chinese.properties have drifted apart");
        assertEquals(ChineseEntityTagger.loadProperties(projectRoot().resolve("conf/corenlp-chinese.properties")),
                ChineseEntityTagger.defaultProperties());
    }

    @Test
    void theChosenPipelineTagsEntitiesAndNothingMore() {
        Properties p = ChineseEntityTagger.defaultProperties();
        assertEquals("tokenize, ssplit, pos, lemma, ner", p.getProperty("annotators"));
        assertEquals("zh", p.getProperty("tokenize.language"));
        assertEquals("edu/stanford/nlp/models/segmenter/chinese/ctb.gz", p.getProperty("segment.model"));
        assertEquals("edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz", p.getProperty("ner.model"));
        assertEquals("edu/stanford/nlp/models/pos-tagger/chinese-distsim.tagger", p.getProperty("pos.model"));
        assertEquals("true", p.getProperty("ner.applyFineGrained"), "the role-title rule needs TITLE labels");
        assertEquals("true", p.getProperty("ner.buildEntityMentions"));
        assertEquals("false", p.getProperty("ner.useSUTime"));
        for (String heavy : List.of("parse", "depparse", "coref", "kbp", "entitylink")) {
            assertTrue(!p.getProperty("annotators").contains(heavy), heavy);
        }
    }

    @Test
    void thePipelineKeyDependsOnContentOnly() {
        Properties a = new Properties();
        a.setProperty("annotators", "tokenize, ssplit");
        a.setProperty("tokenize.language", "zh");
        Properties b = new Properties();
        b.setProperty("tokenize.language", "zh ");
        b.setProperty("annotators", "tokenize, ssplit");
        assertEquals(CoreNlpPipelines.keyOf(a), CoreNlpPipelines.keyOf(b), "order and trailing blanks do not matter");
        assertTrue(CoreNlpPipelines.keyOf(a).matches("[0-9a-f]{12}"), CoreNlpPipelines.keyOf(a));

        Properties withDefaults = new Properties(a);
        assertEquals(CoreNlpPipelines.keyOf(a), CoreNlpPipelines.keyOf(withDefaults), "defaults count as content");

        b.setProperty("tokenize.language", "en");
        assertNotEquals(CoreNlpPipelines.keyOf(a), CoreNlpPipelines.keyOf(b));
    }

    @Test
    void aTooLongTextIsRefusedBeforeAnyPipelineIsBuilt() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        p.setProperty("never.built", "ChineseEntityTaggerTest");
        ChineseEntityTagger tagger = new ChineseEntityTagger(p, 10);
        TextTooLongException e = assertThrows(TextTooLongException.class, () -> tagger.tag("一二三四五六七八九十百"));
        assertEquals(11, e.length());
        assertEquals(10, e.maxLength());
        assertEquals(-1, e.paragraph());
        assertEquals(List.of(), tagger.tag("   "), "blank text needs no pipeline");
        assertEquals(0, CoreNlpPipelines.constructionCount(p), "nothing was built");
        assertEquals(ChineseEntityTagger.DEFAULT_MAX_CHARS, new ChineseEntityTagger().maxChars());
        assertThrows(IllegalArgumentException.class, () -> new ChineseEntityTagger(p, 0));
    }

    @Test
    void aTaggerTravelsToExecutorsWithoutItsPipeline() throws Exception {
        ChineseEntityTagger tagger = new ChineseEntityTagger(ChineseEntityTagger.defaultProperties(), 1234);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tagger);
        }
        assertTrue(bytes.size() < 20_000, "a few KB of settings, no model: " + bytes.size());
        ChineseEntityTagger copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ChineseEntityTagger) in.readObject();
        }
        assertEquals(1234, copy.maxChars());
        assertEquals(tagger.properties(), copy.properties());
        assertThrows(TextTooLongException.class, () -> copy.tag("x".repeat(1235)));
    }
}
