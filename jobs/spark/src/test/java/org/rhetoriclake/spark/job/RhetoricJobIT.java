package org.rhetoriclake.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.nlp.CoreNlpPipelines;
import org.rhetoriclake.spark.cli.RhetoricCli;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;

/**
 * End to end on real parts: the seed article plus broken inputs, through Spark local[2], CoreNLP and Delta
 * in a temp warehouse; run twice. One SparkSession and one CoreNLP load for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RhetoricJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private Path warehouse;
    private SparkSession spark;
    private Lakehouse lake;
    private JsonNode gold;
    private RunSummary first;
    private RunSummary second;
    private List<Row> articlesAfterFirst;
    private List<Row> mentionsAfterFirst;
    private List<Row> quotesAfterFirst;
    private long rejectsAfterFirst;
    private List<Row> articlesAfterSecond;
    private List<Row> mentionsAfterSecond;
    private List<Row> quotesAfterSecond;
    private long rejectsAfterSecond;
    private long runsAfterSecond;
    private Map<String, Long> versionsAfterFirst;
    private Map<String, Long> versionsAfterSecond;

    private Map<String, Long> versions() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (org.rhetoriclake.spark.lake.TableDef t : Tables.ALL) {
            out.put(t.name(), lake.version(t));
        }
        return out;
    }

    static Path projectRoot() {
        return TestPaths.projectRoot();
    }

    static Path shared() {
        return TestPaths.sharedDir();
    }

    @BeforeAll
    void runTheJobTwice() throws IOException {
        Path seed = shared().resolve("corpus/seed/000_abbe638b3020dbf4.txt");
        gold = JSON.readTree(shared().resolve("gold/seed.json").toFile());
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(seed, in.resolve("seed.txt"));
        Files.copy(seed, in.resolve("seed-captured-twice.txt")); // same URL and content: one article
        Path broken = Files.createDirectories(in.resolve("broken"));
        // No dump envelope: read as an HTML fragment, which has text but no headline anywhere.
        Files.copy(projectRoot().resolve("data/broken/no-header.txt"), broken.resolve("no-header.txt"));
        Files.writeString(broken.resolve("bad-epoch.txt"), "<!--yesterday-->\n[标题](https://example.org/a)\n------\n\n<p>正文。</p>",
                StandardCharsets.UTF_8);
        Files.writeString(broken.resolve("empty-body.txt"), "<!--1699551000000-->\n[标题](https://example.org/b)\n------\n\n<div></div>",
                StandardCharsets.UTF_8);
        Files.write(broken.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve(".hidden-editor-backup.txt"), "not an input", StandardCharsets.UTF_8);

        warehouse = tmp.resolve("warehouse");
        JobConfig config = ConfigLoader.load(projectRoot(), projectRoot().resolve("conf/rhetoric.properties"),
                Map.of(JobConfig.WAREHOUSE, warehouse.toString(), JobConfig.MASTER, "local[2]",
                        "spark.sql.shuffle.partitions", "4"));
        spark = SparkSessions.create(config, "rhetoric-it");
        RhetoricJob job = new RhetoricJob(spark, config);
        first = job.run(List.of(in.toString()), false);
        lake = Lakehouse.open(spark, warehouse, "rhetoric");
        articlesAfterFirst = sorted(lake.table(Tables.ARTICLES).drop("run_id", "processed_at").collectAsList());
        mentionsAfterFirst = sorted(lake.table(Tables.ENTITY_MENTIONS).drop("run_id").collectAsList());
        quotesAfterFirst = sorted(lake.table(Tables.QUOTES).drop("run_id").collectAsList());
        rejectsAfterFirst = lake.count(Tables.REJECTS);
        versionsAfterFirst = versions();
        second = job.run(List.of(in.toString()), false);
        versionsAfterSecond = versions();
        // Captured now: other tests (reprocessing) write to the same warehouse later.
        articlesAfterSecond = sorted(lake.table(Tables.ARTICLES).drop("run_id", "processed_at").collectAsList());
        mentionsAfterSecond = sorted(lake.table(Tables.ENTITY_MENTIONS).drop("run_id").collectAsList());
        quotesAfterSecond = sorted(lake.table(Tables.QUOTES).drop("run_id").collectAsList());
        rejectsAfterSecond = lake.count(Tables.REJECTS);
        runsAfterSecond = lake.count(Tables.RUNS);
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> a.toString().compareTo(b.toString()));
        return copy;
    }

    private Row seedArticle() {
        List<Row> rows = lake.table(Tables.ARTICLES).collectAsList();
        assertEquals(1, rows.size(), "one article: the seed, read twice, is one row");
        return rows.get(0);
    }

    @Test
    void seedArticleMatchesGoldMetadataParagraphsCaptionsAndByline() {
        Row a = seedArticle();
        assertEquals(gold.get("title").asText(), a.getAs("title"));
        assertEquals(gold.get("url").asText(), a.getAs("url"));
        assertEquals(Instant.parse("2023-11-09T17:30:00Z"), a.getAs("published_at"));
        assertEquals("2023-11", a.getAs("pub_month"));
        List<String> goldParagraphs = new ArrayList<>();
        gold.get("body_paragraphs").forEach(p -> goldParagraphs.add(p.asText()));
        List<Row> paragraphs = a.getList(a.fieldIndex("paragraphs"));
        assertEquals(goldParagraphs, paragraphs.stream().map(p -> p.getString(2)).toList());
        List<String> subheadings = paragraphs.stream().filter(p -> p.getString(1).equals("subheading"))
                .map(p -> p.getString(2)).toList();
        assertEquals(List.of(gold.get("subheadings").get(0).asText()), subheadings);
        List<String> captions = new ArrayList<>();
        gold.get("image_captions").forEach(c -> captions.add(c.asText()));
        assertEquals(captions, a.getList(a.fieldIndex("captions")));
        String body = a.getAs("body");
        gold.get("related_links_excluded").forEach(r -> assertFalse(body.contains(r.asText()), r.asText()));
        assertEquals(List.of("高锋"), a.getList(a.fieldIndex("reporters")));
        assertEquals(List.of("许书婷", "梒青"), a.getList(a.fieldIndex("editors")));
        assertEquals(List.of("瑞哲"), a.getList(a.fieldIndex("web_editors")));
        assertTrue(((String) a.getAs("source")).endsWith("/seed-captured-twice.txt")
                || ((String) a.getAs("source")).endsWith("/seed.txt"));
    }

    @Test
    void theFiveDirectQuotesHaveTheirSpeakersAndText() {
        List<Row> direct = lake.table(Tables.QUOTES).filter("kind = 'direct'").collectAsList();
        for (JsonNode q : gold.get("quotes")) {
            if (!q.get("kind").asText().equals("direct")) {
                continue;
            }
            boolean found = direct.stream().anyMatch(r -> r.getAs("speaker").equals(q.get("speaker").asText())
                    && r.getAs("text").equals(q.get("text").asText())
                    && r.<Integer>getAs("paragraph") == q.get("paragraph").asInt()
                    && r.getAs("speaker_mention").equals(q.get("speaker_mention").asText()));
            assertTrue(found, "direct quote of " + q.get("speaker").asText() + " in paragraph " + q.get("paragraph"));
        }
        assertEquals(5, direct.size(), "exactly the five direct quotes of the gold");
    }

    @Test
    void noNotQuoteIsReportedAsAQuote() {
        Set<String> texts = lake.table(Tables.QUOTES).select("text").collectAsList().stream()
                .map(r -> r.getString(0)).collect(Collectors.toSet());
        for (JsonNode nq : gold.get("not_quotes")) {
            String t = nq.get("text").asText();
            assertFalse(texts.contains(t), "not a quote: " + t);
            assertFalse(texts.stream().anyMatch(x -> x.equals(t.replace("。", ""))), "not a quote: " + t);
        }
    }

    @Test
    void everyGoldPersonIsAPersonMention() {
        Set<String> persons = lake.table(Tables.ENTITY_MENTIONS).filter("type = 'PERSON'").select("text")
                .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        for (JsonNode p : gold.get("entities").get("PERSON")) {
            assertTrue(persons.contains(p.asText()), "PERSON " + p.asText() + " in " + persons);
        }
    }

    @Test
    void everyGoldActorIsLinkedAndTheEntitiesTableCountsThem() {
        List<Row> mentions = lake.table(Tables.ENTITY_MENTIONS).collectAsList();
        for (String type : List.of("PERSON", "ORGANIZATION", "GPE")) {
            for (JsonNode name : gold.get("entities").get(type)) {
                List<Row> found = mentions.stream().filter(m -> m.getAs("text").equals(name.asText())).toList();
                assertFalse(found.isEmpty(), type + " " + name.asText());
                found.forEach(m -> assertNotNull(m.getAs("entity_id"), "actor of " + m));
            }
        }
        // 华府 and 北京 are the US and China as governments; 谢锋's role names his side.
        assertEquals(Set.of("Q30"), idsOf(mentions, "华府"));
        Row xie = mentions.stream().filter(m -> m.getAs("text").equals("谢锋") && m.getAs("role") != null).findFirst().orElseThrow();
        assertEquals("中国驻美国大使", xie.getAs("role"));
        assertEquals("CN", xie.getAs("affiliation"));
        assertEquals(Set.of("rl:person/nicholas-burns"), idsOf(mentions, "伯恩斯"));

        Map<String, Row> entities = lake.table(Tables.ENTITIES).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("entity_id"), r -> r));
        long linked = mentions.stream().filter(m -> m.getAs("entity_id") != null).count();
        assertEquals(linked, entities.values().stream().mapToLong(r -> r.<Long>getAs("mention_count")).sum(),
                "every linked mention is counted once");
        Row us = entities.get("Q30");
        assertEquals("美国", us.getAs("canonical_name"));
        assertEquals("Q30", us.getAs("wikidata_id"));
        assertEquals(1L, us.<Long>getAs("article_count"));
        assertTrue(us.getList(us.fieldIndex("surface_forms")).containsAll(List.of("美国", "美", "华府")), us.toString());
        assertEquals(mentions.stream().filter(m -> "Q30".equals(m.getAs("entity_id"))).count(), us.<Long>getAs("mention_count"));
        Row xia = entities.get("name:person:夏明");
        assertFalse(xia.<Boolean>getAs("in_gazetteer"));
        assertEquals("US", xia.getAs("affiliation"));
    }

    private static Set<String> idsOf(List<Row> mentions, String text) {
        return mentions.stream().filter(m -> m.getAs("text").equals(text)).map(m -> m.<String>getAs("entity_id"))
                .collect(Collectors.toSet());
    }

    @Test
    void namedSpeakersCarryTheirActorAndAnonymousOnesDoNot() {
        List<Row> quotes = lake.table(Tables.QUOTES).collectAsList();
        for (Row q : quotes) {
            String speaker = q.getAs("speaker");
            String id = q.getAs("speaker_entity_id");
            switch (speaker) {
                case "伯恩斯" -> assertEquals("rl:person/nicholas-burns", id);
                case "谢锋" -> assertEquals("rl:person/xie-feng", id);
                case "王毅" -> assertEquals("rl:person/wang-yi", id);
                case "沈明室" -> assertEquals("rl:person/shen-ming-shih", id);
                default -> {
                    if ("anonymous".equals(q.getAs("speaker_type"))) {
                        assertNull(id, q.toString());
                    }
                }
            }
        }
        assertTrue(quotes.stream().filter(q -> q.getAs("speaker_entity_id") != null).count() >= 10,
                "most seed quotes have a named speaker");
    }

    @Test
    void mentionOffsetsSliceTheirParagraph() {
        Row a = seedArticle();
        List<Row> paragraphs = a.getList(a.fieldIndex("paragraphs"));
        for (Row m : lake.table(Tables.ENTITY_MENTIONS).collectAsList()) {
            String text = paragraphs.get(m.<Integer>getAs("paragraph")).getString(2);
            assertEquals(m.getAs("text"), text.substring(m.<Integer>getAs("char_start"), m.<Integer>getAs("char_end")));
        }
    }

    @Test
    void brokenInputsAreRejectedWithStageReasonAndSource() {
        List<Row> rejects = lake.table(Tables.REJECTS).filter("record_level").collectAsList();
        Set<String> sources = rejects.stream().map(r -> Path.of(r.<String>getAs("source")).getFileName().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("no-header.txt", "bad-epoch.txt", "empty-body.txt", "empty.txt"), sources);
        for (Row r : rejects) {
            assertFalse(((String) r.getAs("reason")).isBlank());
            assertTrue(Set.of("ingest", "extract").contains(r.<String>getAs("stage")), r.toString());
        }
        Row emptyBody = rejects.stream().filter(r -> r.<String>getAs("source").endsWith("empty-body.txt")).findFirst()
                .orElseThrow();
        assertEquals("extract", emptyBody.getAs("stage"));
        Map<String, String> reasons = rejects.stream().collect(Collectors.toMap(
                r -> Path.of(r.<String>getAs("source")).getFileName().toString(), r -> r.<String>getAs("reason")));
        assertEquals(Map.of("no-header.txt", "extract.no_title", "bad-epoch.txt", "dump.bad_epoch",
                "empty-body.txt", "extract.empty_body", "empty.txt", "ingest.empty_file"), reasons);
    }

    @Test
    void countsReconcileAndHiddenFilesAreNotInputs() {
        assertEquals(6, first.recordsRead(), "seed twice + 4 broken; the hidden file is not an input");
        assertEquals(1, first.articlesWritten());
        assertEquals(Map.of(RhetoricJob.SKIP_DUPLICATE, 1L), first.skipReasons());
        assertEquals(4, first.rejected());
        assertTrue(first.reconciles());
        Row run = lake.table(Tables.RUNS).filter("run_id = '" + first.runId() + "'").head();
        assertEquals(6L, run.<Long>getAs("records_read"));
        assertEquals("succeeded", run.getAs("status"));
    }

    @Test
    void aRerunWithNothingNewCommitsToNoTableButRuns() {
        Map<String, Long> expected = new java.util.TreeMap<>(versionsAfterFirst);
        expected.put("runs", versionsAfterFirst.get("runs") + 1);
        assertEquals(expected, versionsAfterSecond);
    }

    @Test
    void describeTableExtendedShowsACommentOnEveryColumnOfEveryTable() {
        for (org.rhetoriclake.spark.lake.TableDef t : Tables.ALL) {
            List<Row> described = spark.sql("DESCRIBE TABLE EXTENDED " + lake.qualified(t)).collectAsList();
            Set<String> commented = new HashSet<>();
            for (Row r : described) {
                String name = r.getString(0);
                if (name == null || name.isBlank() || name.startsWith("#")) {
                    break; // the columns end where the partition and detail sections begin
                }
                assertNotNull(r.get(2), t.name() + "." + name + " has a comment");
                assertFalse(r.getString(2).isBlank(), t.name() + "." + name + " has a comment");
                commented.add(name);
            }
            assertEquals(new HashSet<>(t.columnNames()), commented, t.name() + ": every column described");
            String tableComment = described.stream().filter(r -> "Comment".equals(r.getString(0)))
                    .map(r -> r.getString(1)).findFirst().orElse(null);
            assertEquals(t.description(), tableComment, t.name() + ": the table's comment");
        }
    }

    @Test
    void theBronzeTableKeepsEveryRecordTheReaderPassedOnWithItsBytes() throws IOException {
        List<Row> raw = lake.table(Tables.RAW_RECORDS).collectAsList();
        Map<String, Row> bySource = new java.util.HashMap<>();
        raw.forEach(r -> bySource.put(r.getAs("source"), r));
        Row seed = raw.stream().filter(r -> r.<String>getAs("source").endsWith("/seed.txt")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(tmp.resolve("in/seed.txt"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, (byte[]) seed.getAs("content"));
        assertEquals((long) bytes.length, seed.<Long>getAs("content_length"));
        assertEquals(org.rhetoriclake.core.extract.ArticleIds.sha256Hex(bytes), seed.getAs("content_hash"));
        assertEquals("article", seed.getAs("outcome"));
        assertEquals(seedArticle().<String>getAs("article_id"), seed.getAs("article_id"));
        assertEquals("dump", seed.getAs("source_format"));
        // Both copies of the seed are kept as read, though only one is an article row.
        assertEquals(2, raw.stream().filter(r -> "article".equals(r.getAs("outcome"))).count());
        // A record the parser rejected is kept too, with the reason the rejects table gives.
        Row noHeader = raw.stream().filter(r -> r.<String>getAs("source").endsWith("/no-header.txt")).findFirst()
                .orElseThrow();
        assertEquals("rejected", noHeader.getAs("outcome"));
        String reason = lake.table(Tables.REJECTS).filter(col("source").equalTo(noHeader.<String>getAs("source")))
                .select("reason").head().getString(0);
        assertEquals(reason, noHeader.getAs("outcome_reason"));
        // Every record the parser saw is here, each with the fate the rejects table gives it; the empty file
        // never became a record (the reader rejected it), so it is a reject and not a bronze row.
        Set<String> names = raw.stream().map(r -> Path.of(r.<String>getAs("source")).getFileName().toString())
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("seed.txt", "seed-captured-twice.txt", "no-header.txt", "empty-body.txt")),
                names.toString());
        assertFalse(names.contains("empty.txt"));
    }

    @Test
    void secondRunOnTheSameInputLeavesTheSameRows() {
        assertEquals(0, second.recordsRead(), "every file is in the ledger: nothing is read again");
        assertEquals(6, second.filesAlreadyProcessed());
        assertEquals(0, second.files());
        assertEquals(0, second.articlesWritten());
        assertTrue(second.reconciles());
        assertEquals(articlesAfterFirst, articlesAfterSecond);
        assertEquals(mentionsAfterFirst, mentionsAfterSecond);
        assertEquals(quotesAfterFirst, quotesAfterSecond);
        assertEquals(rejectsAfterFirst, rejectsAfterSecond);
        assertEquals(2, runsAfterSecond);
    }

    @Test
    void aLandingFolderRunReadsOnlyTheFilesItHasNotProcessed() throws IOException {
        Path landing = Files.createDirectories(tmp.resolve("landing"));
        Path otherWarehouse = tmp.resolve("warehouse-landing");
        List<Path> samples;
        try (var s = Files.list(projectRoot().resolve("data/sample"))) {
            samples = s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(2).toList();
        }
        Path a = Files.copy(samples.get(0), landing.resolve("a.txt"));
        JobConfig config = ConfigLoader.load(projectRoot(), projectRoot().resolve("conf/rhetoric.properties"),
                Map.of(JobConfig.WAREHOUSE, otherWarehouse.toString(), JobConfig.MASTER, "local[2]"));
        RhetoricJob job = new RhetoricJob(spark, config);
        try {
            RunSummary r1 = job.run(List.of(landing.toString()), false);
            assertEquals(1, r1.articlesWritten());
            assertEquals(0, r1.filesAlreadyProcessed());

            Files.copy(samples.get(1), landing.resolve("b.txt"));
            RunSummary r2 = job.run(List.of(landing.toString()), false);
            assertEquals(1, r2.files(), "only the new file is read");
            assertEquals(1, r2.filesAlreadyProcessed());
            assertEquals(1, r2.recordsRead());
            assertEquals(1, r2.articlesWritten());
            assertEquals(List.of("b.txt"), r2.perSource().stream().map(c -> Path.of(c.source()).getFileName().toString()).toList());

            // Rewritten in place (a new modification time): read again; its article is unchanged, so not re-analysed.
            Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(3600)));
            RunSummary r3 = job.run(List.of(landing.toString()), false);
            assertEquals(1, r3.recordsRead());
            assertEquals(0, r3.articlesWritten());
            assertEquals(1L, r3.skipReasons().get(RhetoricJob.SKIP_UNCHANGED));

            RunSummary r4 = job.run(List.of(landing.toString()), false);
            assertEquals(0, r4.recordsRead());
            assertEquals(2, r4.filesAlreadyProcessed());
            Lakehouse other = Lakehouse.open(spark, otherWarehouse, "rhetoric");
            assertEquals(2, other.count(Tables.ARTICLES));
            assertEquals(2, other.count(Tables.INGESTED_FILES));
            assertEquals(List.of(0L, 1L, 1L, 2L), other.table(Tables.RUNS).orderBy("started_at")
                    .select("files_already_processed").collectAsList().stream().map(r -> r.getLong(0)).toList());
        } finally {
            Lakehouse.open(spark, warehouse, "rhetoric"); // give the other tests their catalog back
        }
    }

    @Test
    void reprocessingReplacesRowsInsteadOfAddingThem() {
        long mentions = lake.count(Tables.ENTITY_MENTIONS);
        long quotes = lake.count(Tables.QUOTES);
        JobConfig config = ConfigLoader.load(projectRoot(), projectRoot().resolve("conf/rhetoric.properties"),
                Map.of(JobConfig.WAREHOUSE, warehouse.toString(), JobConfig.MASTER, "local[2]"));
        RunSummary again = new RhetoricJob(spark, config).run(List.of(tmp.resolve("in/seed.txt").toString()), true);
        assertEquals(1, again.articlesWritten());
        assertEquals(mentions, lake.count(Tables.ENTITY_MENTIONS));
        assertEquals(quotes, lake.count(Tables.QUOTES));
        assertEquals(1, lake.count(Tables.ARTICLES));
    }

    @Test
    void coreNlpPipelineIsBuiltOncePerJvm() {
        assertEquals(1, CoreNlpPipelines.constructionCount(), "runs with several partitions share one pipeline");
    }

    @Test
    void exportQuotesAsJsonLines() throws IOException {
        StringWriter out = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "export", "quotes", "--format", "jsonl", "--warehouse", warehouse.toString());
        assertEquals(0, code);
        String[] lines = out.toString().strip().split("\n");
        assertEquals(lake.count(Tables.QUOTES), lines.length);
        Set<String> speakers = new HashSet<>();
        for (String line : lines) {
            JsonNode q = JSON.readTree(line);
            for (String f : List.of("article_id", "kind", "speaker", "speaker_mention", "cue", "paragraph", "text")) {
                assertNotNull(q.get(f), f + " in " + line);
                assertFalse(q.get(f).isNull(), f + " in " + line);
            }
            speakers.add(q.get("speaker").asText());
        }
        assertTrue(speakers.containsAll(Set.of("伯恩斯", "谢锋", "夏明", "沈明室")), speakers.toString());
    }

    @Test
    void exportArticlesAsJsonLinesAndCsv() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(0, RhetoricCli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "export", "articles", "--format", "jsonl", "--warehouse", warehouse.toString()));
        JsonNode a = JSON.readTree(out.toString().strip());
        assertEquals("2023-11-09T17:30:00Z", a.get("published_at").asText());
        assertEquals(gold.get("url").asText(), a.get("url").asText());
        assertTrue(a.get("source").asText().endsWith(".txt"));
        for (String f : List.of("article_id", "title")) {
            assertFalse(a.get(f).asText().isBlank(), f);
        }
        Path csv = tmp.resolve("out/articles.csv");
        assertEquals(0, RhetoricCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "export", "articles", "--format", "csv", "--out", csv.toString(), "--warehouse", warehouse.toString()));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("article_id,source,source_offset,"), lines.get(0));
        assertTrue(lines.get(1).contains("2023-11-09T17:30:00Z"));
    }

    @Test
    void exportOfAnUnknownTableIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "export", "speeches", "--format", "jsonl", "--warehouse", warehouse.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("speeches"));
    }

    @Test
    void paragraphTooLongForNerIsAPartialRejectAndTheArticleIsStillWritten() {
        Path otherWarehouse = tmp.resolve("warehouse-short-cap");
        JobConfig config = ConfigLoader.load(projectRoot(), projectRoot().resolve("conf/rhetoric.properties"),
                Map.of(JobConfig.WAREHOUSE, otherWarehouse.toString(), JobConfig.NER_MAX_PARAGRAPH_CHARS, "60"));
        try {
            RunSummary capped = new RhetoricJob(spark, config).run(List.of(tmp.resolve("in/seed.txt").toString()), false);
            assertEquals(1, capped.articlesWritten());
            assertEquals(0, capped.rejected(), "a too-long paragraph does not reject the record");
            assertTrue(capped.partialRejects() >= 1);
            assertTrue(capped.reconciles());
            Lakehouse other = Lakehouse.open(spark, otherWarehouse, "rhetoric");
            Row reject = other.table(Tables.REJECTS).head();
            assertEquals("entities", reject.getAs("stage"));
            assertEquals("entities.paragraph_too_long", reject.getAs("reason"));
            assertFalse(reject.<Boolean>getAs("record_level"));
            assertNotNull(reject.getAs("article_id"));
            assertEquals(5, other.table(Tables.QUOTES).filter("kind = 'direct'").count(), "quotes do not need NER");
        } finally {
            Lakehouse.open(spark, warehouse, "rhetoric"); // give the other tests their catalog back
        }
    }
}
