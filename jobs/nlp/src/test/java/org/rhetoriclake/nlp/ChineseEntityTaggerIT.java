package org.rhetoriclake.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.entities.EntityLabels;
import org.rhetoriclake.core.entities.EntityTagger.TaggedSpan;
import org.rhetoriclake.core.entities.EntityLinker;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.entities.gazetteer.Gazetteer;
import org.rhetoriclake.core.quotes.Lexicons;
import org.rhetoriclake.core.quotes.RolePhrases;
import org.rhetoriclake.core.entities.TextTooLongException;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.SourceRef;

/**
 * The real CoreNLP Chinese pipeline on the seed article and the dev gold (needs {@code ../shared} and -Xmx of a
 * few GB; failsafe gives 6 GB). The pipeline is built once for the class, by two threads asking at the same
 * moment through two taggers configured alike (one from {@code conf/}, one from the jar's copy).
 */
class ChineseEntityTaggerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<EntityType> REPORTED = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE);

    private static JsonNode seed;
    private static List<JsonNode> dev;
    private static ChineseEntityTagger fromConf;
    private static ChineseEntityTagger fromJar;
    /** Every paragraph of the seed and the dev gold, the input of the thread-safety check. */
    private static List<String> allParagraphs;
    private static List<List<TaggedSpan>> threadA;
    private static List<List<TaggedSpan>> threadB;
    private static double concurrentSeconds;

    static Path sharedDir() {
        return org.rhetoriclake.core.testing.TestPaths.sharedDir();
    }

    @BeforeAll
    static void buildOnceFromTwoThreads() throws Exception {
        Path shared = sharedDir();
        seed = JSON.readTree(shared.resolve("gold/seed.json").toFile());
        dev = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shared.resolve("gold/dev"), "*.json")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path f : sorted) {
                dev.add(JSON.readTree(f.toFile()));
            }
        }
        allParagraphs = new ArrayList<>(texts(seed.get("body_paragraphs")));
        dev.forEach(d -> allParagraphs.addAll(texts(d.get("body_paragraphs"))));

        fromConf = new ChineseEntityTagger(ChineseEntityTaggerTest.projectRoot().resolve("conf/corenlp-chinese.properties"));
        fromJar = new ChineseEntityTagger();

        // Both threads start tagging at once, before any pipeline exists: one must build, the other wait.
        // Thread B goes through the paragraphs backwards so the two are never on the same text at once.
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long t0 = System.nanoTime();
            Future<List<List<TaggedSpan>>> a = pool.submit(tagAll(fromConf, allParagraphs, false, start));
            Future<List<List<TaggedSpan>>> b = pool.submit(tagAll(fromJar, allParagraphs, true, start));
            threadA = a.get(15, TimeUnit.MINUTES);
            threadB = b.get(15, TimeUnit.MINUTES);
            concurrentSeconds = (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void report() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "[ChineseEntityTaggerIT] heap used after GC: %d MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static Callable<List<List<TaggedSpan>>> tagAll(ChineseEntityTagger tagger, List<String> paragraphs,
                                                           boolean backwards, CyclicBarrier start) {
        return () -> {
            start.await();
            List<List<TaggedSpan>> out = new ArrayList<>();
            for (int k = 0; k < paragraphs.size(); k++) {
                out.add(null);
            }
            for (int k = 0; k < paragraphs.size(); k++) {
                int i = backwards ? paragraphs.size() - 1 - k : k;
                out.set(i, tagger.tag(paragraphs.get(i)));
            }
            return out;
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void thePipelineWasBuiltOnceForTwoThreadsAndTwoTaggers() {
        assertEquals(fromConf.properties(), fromJar.properties());
        assertEquals(1, CoreNlpPipelines.constructionCount(fromJar.properties()));
        CoreNlpPipelines.Construction c = CoreNlpPipelines.constructions().stream()
                .filter(x -> x.key().equals(CoreNlpPipelines.keyOf(fromJar.properties())))
                .findFirst().orElseThrow();
        String line = c.message();
        System.out.println("[ChineseEntityTaggerIT] " + line);
        assertTrue(line.matches("CoreNLP pipeline constructed \\(annotators=tokenize,ssplit,pos,lemma,ner, "
                + "key=[0-9a-f]{12}, took \\d+\\.\\d s, jvm=\\d+@.+\\)"), line);
        fromConf.tag("再来一段。");
        assertEquals(1, CoreNlpPipelines.constructionCount(fromConf.properties()), "later calls reuse it");
    }

    @Test
    void concurrentTaggingGivesTheSequentialResult() {
        assertEquals(threadA, threadB, "two threads sharing the pipeline disagree");
        List<List<TaggedSpan>> sequential = new ArrayList<>();
        long chars = 0;
        long t0 = System.nanoTime();
        for (String p : allParagraphs) {
            sequential.add(fromJar.tag(p));
            chars += p.length();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(sequential, threadA, "a concurrent result differs from the sequential one");
        System.out.printf(Locale.ROOT, "[ChineseEntityTaggerIT] %d paragraphs, %d chars: two threads concurrently "
                        + "(incl. pipeline build) %.1f s; then one thread %.1f s = %.0f chars/s%n",
                allParagraphs.size(), chars, concurrentSeconds, seconds, chars / seconds);
    }

    @Test
    void spansSliceTheParagraphAndCoverItsWordsOnce() {
        for (int i = 0; i < allParagraphs.size(); i++) {
            String text = allParagraphs.get(i);
            int[] cover = new int[text.length()];
            int lastStart = -1;
            for (TaggedSpan s : threadA.get(i)) {
                assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets of " + s + " in: " + text);
                assertTrue(s.start() >= lastStart, "not in order of start: " + s);
                lastStart = s.start();
                for (int k = s.start(); k < s.end(); k++) {
                    cover[k]++;
                }
            }
            for (int k = 0; k < text.length(); k++) {
                boolean blank = Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k));
                assertTrue(blank ? cover[k] <= 1 : cover[k] == 1,
                        "char " + k + " '" + text.charAt(k) + "' covered " + cover[k] + " times in: " + text);
            }
        }
    }

    @Test
    void everyGoldPersonOfTheSeedIsFound() {
        List<String> paragraphs = texts(seed.get("body_paragraphs"));
        Set<String> taggedPersons = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            threadA.get(i).stream().filter(s -> "PERSON".equals(s.label())).forEach(s -> taggedPersons.add(s.text()));
        }
        List<String> gold = texts(seed.get("entities").get("PERSON"));
        List<String> missed = gold.stream().filter(n -> !taggedPersons.contains(n)).toList();
        assertEquals(List.of(), missed, "gold persons CoreNLP never tags PERSON in the seed");

        // Every occurrence, not just one per name: what the quote stage sees after MentionBuilder's rules.
        Article article = article(seed);
        List<EntityMention> mentions = new MentionBuilder(fromJar).build(article);
        List<String> uncovered = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            for (String name : gold) {
                for (int at = p.text().indexOf(name); at >= 0; at = p.text().indexOf(name, at + 1)) {
                    final int s = at;
                    final int e = at + name.length();
                    boolean covered = mentions.stream().anyMatch(m -> m.paragraph() == p.index()
                            && m.type() == EntityType.PERSON && m.start() <= s && m.end() >= e);
                    if (!covered) {
                        uncovered.add(name + " in paragraph " + p.index());
                    }
                }
            }
        }
        assertEquals(List.of(), uncovered, "gold person occurrences without a PERSON mention");
        mentions.stream().filter(m -> !MentionBuilder.BY_TAGGER.equals(m.decidedBy()))
                .forEach(m -> System.out.println("[ChineseEntityTaggerIT] seed rule mention: p" + m.paragraph() + " "
                        + m.text() + " " + m.type() + " by " + m.decidedBy()));
    }

    /** The job's builder: tagger, rules, gazetteer and linker, with the shipped gazetteer and lexicons. */
    private static MentionBuilder linkedBuilder() {
        Gazetteer gazetteer = Gazetteer.defaults();
        return new MentionBuilder(fromJar, MentionBuilder.BY_TAGGER, gazetteer,
                new EntityLinker(gazetteer, new RolePhrases(Lexicons.defaults())));
    }

    /**
     * Issue acceptance on the seed: every gold PERSON, ORGANIZATION and GPE is a mention of its type with that
     * exact text and an actor; 美中 is the US and China, 拜习会 Biden and Xi, and every 伯恩斯 the ambassador.
     */
    @Test
    void everyGoldEntityOfTheSeedIsFoundAndLinked() {
        Article article = article(seed);
        List<EntityMention> mentions = linkedBuilder().build(article);
        List<String> problems = new ArrayList<>();
        for (EntityType type : REPORTED) {
            for (String name : texts(seed.path("entities").path(type.name()))) {
                List<EntityMention> found = mentions.stream().filter(m -> m.text().equals(name)
                        && (m.type() == type || (type == EntityType.GPE && m.type() == EntityType.LOCATION))).toList();
                if (found.isEmpty()) {
                    problems.add("not found: " + type + " " + name);
                } else if (found.stream().anyMatch(m -> !m.isLinked())) {
                    problems.add("not linked: " + type + " " + name);
                }
            }
        }
        assertEquals(List.of(), problems);

        for (Paragraph p : article.paragraphs()) {
            for (int at = p.text().indexOf("美中"); at >= 0; at = p.text().indexOf("美中", at + 1)) {
                assertEquals("Q30", idAt(mentions, p.index(), at), "美 of 美中 in paragraph " + p.index());
                assertEquals("Q148", idAt(mentions, p.index(), at + 1), "中 of 美中 in paragraph " + p.index());
            }
            for (int at = p.text().indexOf("拜习会"); at >= 0; at = p.text().indexOf("拜习会", at + 1)) {
                assertEquals("Q6279", idAt(mentions, p.index(), at), "拜 of 拜习会 in paragraph " + p.index());
                assertEquals("Q15031", idAt(mentions, p.index(), at + 1), "习 of 拜习会 in paragraph " + p.index());
            }
        }
        List<EntityMention> burns = mentions.stream().filter(m -> m.text().equals("伯恩斯")).toList();
        assertTrue(burns.size() >= 2, "伯恩斯 is mentioned more than once: " + burns);
        assertEquals("美国驻中国大使", burns.get(0).role());
        burns.forEach(m -> assertEquals("rl:person/nicholas-burns", m.entityId(), m.toString()));
        assertEquals(EntityLinker.BY_COREFERENCE, burns.get(burns.size() - 1).linkedBy());
        mentions.forEach(m -> System.out.println("[ChineseEntityTaggerIT] seed linked: p" + m.paragraph() + " " + m.text()
                + " " + m.type() + " " + m.entityId() + " by " + m.decidedBy() + "/" + m.linkedBy()
                + (m.role() == null ? "" : " role " + m.role())));
    }

    private static String idAt(List<EntityMention> mentions, int paragraph, int start) {
        return mentions.stream().filter(m -> m.paragraph() == paragraph && m.start() == start && m.end() == start + 1)
                .map(EntityMention::entityId).findFirst().orElse(null);
    }

    @Test
    void recallAgainstTheGoldLists() {
        List<String> lines = new ArrayList<>();
        lines.add(recallLine("seed, tagger only", List.of(seed), true));
        lines.add(recallLine("seed, MentionBuilder", List.of(seed), false));
        lines.add(recallLine("seed, MentionBuilder + gazetteer", List.of(seed), null));
        lines.add(recallLine("dev (10), tagger only", dev, true));
        lines.add(recallLine("dev (10), MentionBuilder", dev, false));
        lines.add(recallLine("dev (10), MentionBuilder + gazetteer", dev, null));
        lines.add(personOccurrences("seed", List.of(seed)));
        List<JsonNode> all = new ArrayList<>(dev);
        all.add(seed);
        lines.add(personOccurrences("seed + dev", all));
        lines.forEach(l -> System.out.println("[ChineseEntityTaggerIT] recall " + l));
    }

    /**
     * Mention level: of all occurrences of gold PERSON names in the text, how many a PERSON mention covers, from
     * the tagger alone and with the rules; and per rule, how many of its mentions are gold names (a proxy for
     * precision, as the gold lists names, not spans).
     */
    private static String personOccurrences(String label, List<JsonNode> docs) {
        int total = 0;
        int byTagger = 0;
        int withRules = 0;
        Map<String, int[]> rules = new LinkedHashMap<>();
        for (JsonNode doc : docs) {
            Article article = article(doc);
            List<String> gold = texts(doc.path("entities").path("PERSON"));
            List<EntityMention> mentions = new MentionBuilder(fromJar).build(article);
            for (EntityMention m : mentions) {
                if (m.type() == EntityType.PERSON && !MentionBuilder.BY_TAGGER.equals(m.decidedBy())) {
                    rules.computeIfAbsent(m.decidedBy(), k -> new int[2])[gold.contains(m.text()) ? 0 : 1]++;
                }
            }
            for (Paragraph p : article.paragraphs()) {
                for (String name : gold) {
                    for (int at = p.text().indexOf(name); at >= 0; at = p.text().indexOf(name, at + 1)) {
                        final int s = at;
                        final int e = at + name.length();
                        total++;
                        List<EntityMention> covering = mentions.stream().filter(m -> m.paragraph() == p.index()
                                && m.type() == EntityType.PERSON && m.start() <= s && m.end() >= e).toList();
                        if (!covering.isEmpty()) {
                            withRules++;
                        }
                        if (covering.stream().anyMatch(m -> MentionBuilder.BY_TAGGER.equals(m.decidedBy()))) {
                            byTagger++;
                        }
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "%s, PERSON occurrences covered: tagger %d/%d = %.2f, with rules %d/%d = %.2f; "
                        + "rule mentions that are gold names: %s", label, byTagger, total, byTagger / (double) total,
                withRules, total, withRules / (double) total,
                rules.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + (e.getValue()[0] + e.getValue()[1]))
                        .collect(Collectors.joining(", ")));
    }

    /** Recall of the gold name lists: a gold name counts as found when some mention of its type has exactly its text. */
    /** @param taggerOnly true: the tagger alone; false: MentionBuilder without gazetteer; null: with gazetteer */
    private static String recallLine(String label, List<JsonNode> docs, Boolean taggerOnly) {
        Map<EntityType, int[]> counts = new LinkedHashMap<>();
        REPORTED.forEach(t -> counts.put(t, new int[2]));
        Map<EntityType, List<String>> missed = new LinkedHashMap<>();
        for (JsonNode doc : docs) {
            Map<EntityType, Set<String>> found = new LinkedHashMap<>();
            if (Boolean.TRUE.equals(taggerOnly)) {
                for (String p : texts(doc.get("body_paragraphs"))) {
                    for (TaggedSpan s : fromJar.tag(p)) {
                        EntityLabels.typeOf(s.label()).ifPresent(t -> found.computeIfAbsent(t, k -> new HashSet<>()).add(s.text()));
                    }
                }
            } else {
                MentionBuilder builder = taggerOnly == null ? linkedBuilder() : new MentionBuilder(fromJar);
                for (EntityMention m : builder.build(article(doc))) {
                    found.computeIfAbsent(m.type(), k -> new HashSet<>()).add(m.text());
                }
            }
            for (EntityType t : REPORTED) {
                for (String name : texts(doc.path("entities").path(t.name()))) {
                    counts.get(t)[1]++;
                    if (found.getOrDefault(t, Set.of()).contains(name)) {
                        counts.get(t)[0]++;
                    } else if (docs.size() == 1) {
                        missed.computeIfAbsent(t, k -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        return label + ": " + counts.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %d/%d = %.2f", e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[1] == 0 ? 0.0 : e.getValue()[0] / (double) e.getValue()[1]))
                .collect(Collectors.joining(", "))
                + (missed.isEmpty() ? "" : "; missed " + missed);
    }

    /** The gold document as an Article: its body paragraphs (subheadings marked) and byline. */
    private static Article article(JsonNode doc) {
        Set<String> subheadings = new HashSet<>(texts(doc.path("subheadings")));
        List<Paragraph> ps = new ArrayList<>();
        List<String> body = texts(doc.get("body_paragraphs"));
        for (int i = 0; i < body.size(); i++) {
            ps.add(new Paragraph(i, subheadings.contains(body.get(i)) ? ParagraphKind.SUBHEADING : ParagraphKind.BODY,
                    body.get(i)));
        }
        JsonNode b = doc.path("byline");
        Byline byline = new Byline(texts(b.path("reporter")), texts(b.path("editors")), texts(b.path("web_editors")));
        String id = doc.path("doc_id").asText("gold");
        java.time.Instant published = doc.hasNonNull("published_at")
                ? java.time.OffsetDateTime.parse(doc.get("published_at").asText()).toInstant() : null;
        return new Article(id, SourceRef.ofFile(doc.path("file").asText("gold")), null, doc.path("title").asText(""),
                published, null, byline, "zh-Hans", ps, List.of(), "gold", null, "UTF-8");
    }

    @Test
    void aParagraphOverTheLimitIsRefusedWithItsLength() throws IOException {
        TextTooLongException e = assertThrows(TextTooLongException.class, () -> fromJar.tag("中".repeat(5_001)));
        assertEquals(5_001, e.length());
        assertEquals(ChineseEntityTagger.DEFAULT_MAX_CHARS, e.maxLength());

        ChineseEntityTagger small = new ChineseEntityTagger(fromJar.properties(), 20);
        String twenty = "美国国务卿布林肯6月访问中国未能达成协议";
        assertEquals(20, twenty.length());
        assertTrue(small.tag(twenty).stream().anyMatch(s -> s.text().equals("布林肯") && s.label().equals("PERSON")));
        assertThrows(TextTooLongException.class, () -> small.tag(twenty + "。"));

        Article a = new Article("long", SourceRef.ofFile("long"), null, "t", null, null, Byline.EMPTY, "zh-Hans",
                List.of(new Paragraph(0, ParagraphKind.BODY, twenty), new Paragraph(1, ParagraphKind.BODY, twenty + "。")),
                List.of(), "h", null, "UTF-8");
        TextTooLongException inArticle = assertThrows(TextTooLongException.class, () -> new MentionBuilder(small).build(a));
        assertEquals(1, inArticle.paragraph());
        assertEquals(1, CoreNlpPipelines.constructionCount(small.properties()), "same properties, same pipeline");
    }
}
