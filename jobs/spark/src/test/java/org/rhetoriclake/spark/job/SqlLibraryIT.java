package org.rhetoriclake.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.sql.SqlLibrary;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.cli.RhetoricCli;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;
import org.rhetoriclake.spark.testing.SampleLakehouse;

/**
 * Every query of {@code sql/} on the bundled sample articles, checked against the same answer computed in Java
 * from the tables' rows: the SQL says what its header says. Then {@code rhetoric query} prints one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlLibraryIT {
    @TempDir
    static Path tmp;

    private SparkSession spark;
    private Path warehouse;
    private SqlLibrary library;
    private List<Row> mentions;
    private List<Row> quotes;
    private List<Row> hits;
    private List<Row> articles;
    private Map<String, String> canonical;
    private Map<String, List<Row>> aggregates;

    @BeforeAll
    void runTheJobOnTheSamples() {
        Path root = TestPaths.projectRoot();
        warehouse = tmp.resolve("warehouse");
        spark = SparkSessions.create(SampleLakehouse.config(warehouse), "rhetoric-sql-it");
        // A copy: `maintain` below commits to it.
        SampleLakehouse.copyTo(spark, warehouse);
        Lakehouse lake = Lakehouse.open(spark, warehouse, "rhetoric");
        library = SqlLibrary.load(root.resolve("sql"));
        mentions = lake.table(Tables.ENTITY_MENTIONS).collectAsList();
        quotes = lake.table(Tables.QUOTES).collectAsList();
        hits = lake.table(Tables.RHETORIC_HITS).collectAsList();
        articles = lake.table(Tables.ARTICLES).collectAsList();
        aggregates = new HashMap<>();
        for (org.rhetoriclake.spark.lake.TableDef t : org.rhetoriclake.spark.stages.AggregatesStage.TARGETS) {
            aggregates.put(t.name(), lake.table(t).collectAsList());
        }
        canonical = new HashMap<>();
        lake.table(Tables.ENTITIES).collectAsList().forEach(r -> canonical.put(r.getAs("entity_id"), r.getAs("canonical_name")));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private List<List<Object>> run(String name, Map<String, String> params) {
        String sql = library.byName(name).orElseThrow().render(params);
        List<List<Object>> out = new ArrayList<>();
        for (Row r : spark.sql(sql).collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                row.add(v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v);
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void everyQueryOfTheLibraryIsCheckedHere() {
        assertEquals(Set.of("actor_weekly_mentions", "quotes_by_affiliation_monthly", "top_speakers",
                        "actor_cooccurrence_monthly", "who_quotes_whom", "tone_by_affiliation_monthly", "top_terms_by_side",
                        "term_weekly_by_side"),
                library.queries().stream().map(SqlLibrary.Query::name).collect(Collectors.toSet()),
                "a new query needs its check in this class");
    }

    @Test
    void actorWeeklyMentions() {
        for (String id : List.of("Q30", "Q148")) {
            Map<LocalDate, long[]> expected = new TreeMap<>();
            Map<LocalDate, Set<String>> articles = new HashMap<>();
            for (Row m : mentions) {
                java.time.Instant at = m.getAs("published_at");
                if (id.equals(m.getAs("entity_id")) && at != null) {
                    LocalDate week = at.atZone(ZoneOffset.UTC).toLocalDate()
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    expected.computeIfAbsent(week, k -> new long[1])[0]++;
                    articles.computeIfAbsent(week, k -> new HashSet<>()).add(m.getAs("article_id"));
                }
            }
            List<List<Object>> want = new ArrayList<>();
            expected.forEach((week, n) -> want.add(List.of(week, n[0], (long) articles.get(week).size())));
            assertFalse(want.isEmpty(), id + " is mentioned in the samples");
            assertEquals(want, run("actor_weekly_mentions", Map.of("entity_id", id)), id);
        }
    }

    @Test
    void quotesByAffiliationMonthly() {
        Map<List<String>, long[]> counts = new HashMap<>();
        for (Row q : quotes) {
            String aff = q.getAs("speaker_affiliation") == null ? "unknown" : q.getAs("speaker_affiliation");
            long[] c = counts.computeIfAbsent(List.of(q.getAs("pub_month"), aff), k -> new long[3]);
            c[0]++;
            c["direct".equals(q.getAs("kind")) ? 1 : 2]++;
        }
        List<List<Object>> want = new ArrayList<>();
        counts.forEach((k, c) -> want.add(List.of(k.get(0), k.get(1), c[0], c[1], c[2])));
        want.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0))
                .thenComparing(r -> -(Long) r.get(2)).thenComparing(r -> (String) r.get(1)));
        assertEquals(want, run("quotes_by_affiliation_monthly", Map.of()));
        assertTrue(counts.keySet().stream().anyMatch(k -> k.get(1).equals("CN")) && counts.keySet().stream()
                .anyMatch(k -> k.get(1).equals("US")), "both sides speak in the samples: " + counts.keySet());
    }

    @Test
    void topSpeakers() {
        Map<List<String>, List<Row>> bySpeaker = new HashMap<>();
        for (Row q : quotes) {
            String id = q.getAs("speaker_entity_id");
            String name = id != null && canonical.containsKey(id) ? canonical.get(id) : q.getAs("speaker");
            bySpeaker.computeIfAbsent(java.util.Arrays.asList(name, id), k -> new ArrayList<>()).add(q);
        }
        List<List<Object>> want = new ArrayList<>();
        bySpeaker.forEach((k, rows) -> want.add(java.util.Arrays.asList(k.get(0), k.get(1),
                rows.stream().map(r -> r.<String>getAs("speaker_affiliation")).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null),
                (long) rows.size(), rows.stream().map(r -> r.<String>getAs("article_id")).distinct().count())));
        want.sort(Comparator.comparing((List<Object> r) -> -(Long) r.get(3)).thenComparing(r -> (String) r.get(0)));
        assertEquals(want.subList(0, Math.min(5, want.size())), run("top_speakers", Map.of("limit", "5")));
    }

    @Test
    void actorCooccurrenceMonthly() {
        Set<List<String>> named = new HashSet<>();
        for (Row m : mentions) {
            if (m.getAs("entity_id") != null && Set.of("PERSON", "ORGANIZATION", "GPE").contains(m.<String>getAs("type"))) {
                named.add(List.of(m.getAs("article_id"), m.getAs("pub_month"), m.getAs("entity_id")));
            }
        }
        Map<List<String>, long[]> pairs = new HashMap<>();
        for (List<String> x : named) {
            for (List<String> y : named) {
                if (x.get(0).equals(y.get(0)) && x.get(2).compareTo(y.get(2)) < 0) {
                    pairs.computeIfAbsent(List.of(x.get(1), canonical.get(x.get(2)), canonical.get(y.get(2))), k -> new long[1])[0]++;
                }
            }
        }
        List<List<Object>> want = new ArrayList<>();
        pairs.forEach((k, n) -> {
            if (n[0] >= 2) {
                want.add(List.of(k.get(0), k.get(1), k.get(2), n[0]));
            }
        });
        want.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).thenComparing(r -> -(Long) r.get(3))
                .thenComparing(r -> (String) r.get(1)).thenComparing(r -> (String) r.get(2)));
        assertFalse(want.isEmpty(), "some actors meet in two sample articles of a month");
        assertEquals(want, run("actor_cooccurrence_monthly", Map.of("min_articles", "2")));
    }

    @Test
    void whoQuotesWhom() {
        Map<List<String>, long[]> relays = new HashMap<>();
        for (Row q : quotes) {
            if (q.getAs("reported_via") != null) {
                relays.computeIfAbsent(java.util.Arrays.asList(q.getAs("reported_via"), q.getAs("speaker"),
                        q.getAs("speaker_affiliation")), k -> new long[1])[0]++;
            }
        }
        List<List<Object>> want = new ArrayList<>();
        relays.forEach((k, n) -> want.add(java.util.Arrays.asList(k.get(0), k.get(1), k.get(2), n[0])));
        want.sort(Comparator.comparing((List<Object> r) -> -(Long) r.get(3)).thenComparing(r -> (String) r.get(0))
                .thenComparing(r -> (String) r.get(1)));
        assertFalse(want.isEmpty(), "the samples relay statements through media");
        assertEquals(want, run("who_quotes_whom", Map.of()));
    }

    @Test
    void rhetoricIsTaggedOnQuotesAndArticles() {
        assertTrue(hits.size() >= 20, "the samples speak the language of diplomacy: " + hits.size());
        Map<String, Row> byQuote = new HashMap<>();
        quotes.forEach(q -> byQuote.put(q.getAs("quote_id"), q));
        for (Row h : hits) {
            String quoteId = h.getAs("quote_id");
            if (quoteId != null) {
                Row q = byQuote.get(quoteId);
                String text = q.getAs("text_simplified");
                int at = h.<Integer>getAs("char_start");
                assertTrue(text.startsWith(h.getAs("term"), at), "the Simplified samples write the term as the lexicon does, "
                        + "at the hit's offset in the quote: " + h + " in " + text);
                assertEquals(q.<String>getAs("speaker_affiliation"), h.<String>getAs("speaker_affiliation"));
            }
        }
        for (Row q : quotes) {
            long n = hits.stream().filter(h -> q.getAs("quote_id").equals(h.getAs("quote_id"))).count();
            assertEquals(n, (long) q.<Integer>getAs("rhetoric_hit_count"), q.toString());
            double tone = q.getAs("tone");
            assertTrue(tone > -1 && tone < 1);
            assertEquals(hits.get(0).<String>getAs("lexicon_version"), q.<String>getAs("lexicon_version"));
        }
        for (Row a : articles) {
            long n = hits.stream().filter(h -> a.getAs("article_id").equals(h.getAs("article_id")) && h.getAs("quote_id") == null).count();
            assertEquals(n, (long) a.<Integer>getAs("rhetoric_hit_count"), "body hits of " + a.getAs("article_id"));
        }
        assertTrue(quotes.stream().anyMatch(q -> q.<Double>getAs("tone") > 0) && quotes.stream().anyMatch(q -> q.<Double>getAs("tone") < 0),
                "conciliatory and confrontational statements both occur in the samples");
    }

    @Test
    void toneByAffiliationMonthly() {
        Map<List<String>, double[]> acc = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Row q : quotes) {
            if (q.<Integer>getAs("rhetoric_hit_count") > 0) {
                String aff = q.getAs("speaker_affiliation") == null ? "unknown" : q.getAs("speaker_affiliation");
                double[] a = acc.computeIfAbsent(List.of(q.getAs("pub_month"), aff), k -> new double[2]);
                a[0]++;
                a[1] += q.<Double>getAs("tone");
            }
        }
        List<List<Object>> got = run("tone_by_affiliation_monthly", Map.of());
        assertEquals(acc.size(), got.size());
        int i = 0;
        for (Map.Entry<List<String>, double[]> e : acc.entrySet()) {
            List<Object> row = got.get(i++);
            assertEquals(e.getKey().get(0), row.get(0));
            assertEquals(e.getKey().get(1), row.get(1));
            assertEquals((long) e.getValue()[0], row.get(2));
            assertEquals(e.getValue()[1] / e.getValue()[0], (Double) row.get(3), 1e-9);
        }
    }

    @Test
    void topTermsBySide() {
        Map<List<String>, long[]> counts = new HashMap<>();
        for (Row h : hits) {
            if (h.getAs("quote_id") != null) {
                String aff = h.getAs("speaker_affiliation") == null ? "unknown" : h.getAs("speaker_affiliation");
                long[] c = counts.computeIfAbsent(List.of(aff, h.getAs("term"), h.getAs("category")), k -> new long[2]);
                c[0]++;
                c[1] += h.<Boolean>getAs("negated") ? 1 : 0;
            }
        }
        List<List<Object>> want = new ArrayList<>();
        counts.forEach((k, c) -> want.add(List.of(k.get(0), k.get(1), k.get(2), c[0], c[1])));
        want.sort(Comparator.comparing((List<Object> r) -> -(Long) r.get(3)).thenComparing(r -> (String) r.get(0))
                .thenComparing(r -> (String) r.get(1)));
        assertFalse(want.isEmpty());
        assertEquals(want.subList(0, Math.min(10, want.size())), run("top_terms_by_side", Map.of("limit", "10")));
    }

    // ---------------------------------------------------------------- gold aggregates, recomputed in Java

    private Map<String, java.time.Instant> articleTimes() {
        Map<String, java.time.Instant> at = new HashMap<>();
        for (Row a : articles) {
            java.time.Instant t = a.getAs("published_at") != null ? a.getAs("published_at") : a.getAs("captured_at");
            if (t != null) {
                at.put(a.getAs("article_id"), t);
            }
        }
        return at;
    }

    private static LocalDate weekOf(java.time.Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void entityDailyCountsEveryLinkedMentionOnItsDay() {
        Map<String, java.time.Instant> at = articleTimes();
        Map<String, Long> expected = new TreeMap<>();
        for (Row m : mentions) {
            String id = m.getAs("entity_id");
            if (id != null && at.containsKey(m.<String>getAs("article_id"))) {
                LocalDate day = at.get(m.<String>getAs("article_id")).atZone(ZoneOffset.UTC).toLocalDate();
                expected.merge(day + " " + id, 1L, Long::sum);
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Row r : aggregates.get("entity_daily")) {
            actual.put(r.getAs("day") + " " + r.getAs("entity_id"), r.<Long>getAs("mentions"));
            assertEquals(canonical.get(r.<String>getAs("entity_id")), r.getAs("canonical_name"));
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    @Test
    void speakerWeeklyCountsQuotesAndToneBySpeakerAndSide() {
        Map<String, java.time.Instant> at = articleTimes();
        Map<String, double[]> expected = new TreeMap<>(); // quotes, direct, tone_sum
        for (Row q : quotes) {
            java.time.Instant t = at.get(q.<String>getAs("article_id"));
            if (t == null) {
                continue;
            }
            String speakerKey = q.getAs("speaker_entity_id") != null ? q.getAs("speaker_entity_id")
                    : "speaker:" + q.getAs("speaker");
            double[] c = expected.computeIfAbsent(weekOf(t) + " " + speakerKey + " " + q.getAs("speaker_affiliation"),
                    k -> new double[3]);
            c[0]++;
            c[1] += "direct".equals(q.getAs("kind")) ? 1 : 0;
            c[2] += q.<Double>getAs("tone") == null ? 0 : q.<Double>getAs("tone");
        }
        Map<String, double[]> actual = new TreeMap<>();
        for (Row r : aggregates.get("speaker_weekly")) {
            actual.put(r.getAs("week_start") + " " + r.getAs("speaker_key") + " " + r.getAs("speaker_affiliation"),
                    new double[] {r.<Long>getAs("quotes"), r.<Long>getAs("direct_quotes"), r.<Double>getAs("tone_sum")});
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> {
            assertEquals(v[0], actual.get(k)[0], k + " quotes");
            assertEquals(v[1], actual.get(k)[1], k + " direct quotes");
            assertEquals(v[2], actual.get(k)[2], 1e-9, k + " tone sum");
        });
        long emptyKeys = aggregates.get("speaker_weekly").stream()
                .filter(r -> "speaker:".equals(r.<String>getAs("speaker_key")))
                .count();
        assertEquals(0, emptyKeys, "every speaker has a key");
    }

    @Test
    void rhetoricWeeklyCountsEveryHitBySide() {
        Map<String, java.time.Instant> at = articleTimes();
        Map<String, long[]> expected = new TreeMap<>(); // hits, polarity sum
        for (Row h : hits) {
            java.time.Instant t = at.get(h.<String>getAs("article_id"));
            if (t == null) {
                continue;
            }
            boolean inQuote = h.getAs("quote_id") != null;
            String key = weekOf(t) + " " + inQuote + " " + (inQuote ? h.getAs("speaker_affiliation") : null) + " "
                    + h.getAs("term");
            long[] c = expected.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            c[1] += h.<Integer>getAs("polarity");
        }
        Map<String, long[]> actual = new TreeMap<>();
        for (Row r : aggregates.get("rhetoric_weekly")) {
            actual.put(r.getAs("week_start") + " " + r.getAs("in_quote") + " " + r.getAs("side") + " " + r.getAs("term"),
                    new long[] {r.<Long>getAs("hits"), r.<Long>getAs("polarity_sum")});
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(actual.get(k)[0], actual.get(k)[1]), k));
    }

    @Test
    void cooccurrenceMonthlyCountsArticlesNamingBothActors() {
        Map<String, String> monthOf = new HashMap<>();
        Map<String, java.time.Instant> at = articleTimes();
        articles.forEach(a -> monthOf.put(a.getAs("article_id"), a.getAs("pub_month")));
        Map<String, Set<String>> actors = new HashMap<>();
        for (Row m : mentions) {
            String id = m.getAs("entity_id");
            if (id != null && Set.of("PERSON", "ORGANIZATION", "GPE").contains(m.<String>getAs("type"))
                    && at.containsKey(m.<String>getAs("article_id"))) {
                actors.computeIfAbsent(m.getAs("article_id"), k -> new java.util.TreeSet<>()).add(id);
            }
        }
        Map<String, Long> expected = new TreeMap<>();
        actors.forEach((article, ids) -> {
            List<String> sortedIds = new ArrayList<>(ids);
            for (int i = 0; i < sortedIds.size(); i++) {
                for (int j = i + 1; j < sortedIds.size(); j++) {
                    expected.merge(monthOf.get(article) + " " + sortedIds.get(i) + " " + sortedIds.get(j), 1L, Long::sum);
                }
            }
        });
        Map<String, Long> actual = new TreeMap<>();
        for (Row r : aggregates.get("cooccurrence_monthly")) {
            actual.put(r.getAs("month") + " " + r.getAs("entity_a") + " " + r.getAs("entity_b"), r.<Long>getAs("articles"));
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    @Test
    void relaysMonthlyCountsStatementsRelayedByMediaAndSpeakers() {
        Map<String, Long> expected = new TreeMap<>();
        Map<String, String> monthOf = new HashMap<>();
        articles.forEach(a -> monthOf.put(a.getAs("article_id"), a.getAs("pub_month")));
        for (Row q : quotes) {
            String speakerKey = q.getAs("speaker_entity_id") != null ? q.getAs("speaker_entity_id")
                    : "speaker:" + q.getAs("speaker");
            String month = monthOf.get(q.<String>getAs("article_id"));
            if (q.getAs("reported_via") != null) {
                expected.merge(month + " media " + q.getAs("reported_via") + " " + speakerKey, 1L, Long::sum);
            }
            if (q.getAs("nested_in") != null) {
                expected.merge(month + " speaker " + q.getAs("nested_in") + " " + speakerKey, 1L, Long::sum);
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Row r : aggregates.get("relays_monthly")) {
            actual.merge(r.getAs("month") + " " + r.getAs("relay_kind") + " " + r.getAs("relay") + " "
                    + r.getAs("speaker_key"), r.<Long>getAs("quotes"), Long::sum);
        }
        assertFalse(expected.isEmpty(), "the sample relays statements");
        assertEquals(expected, actual);
    }

    @Test
    void everyRowOfTheDetailTablesRecordsTheJobAndModelVersions() {
        for (Row m : mentions) {
            assertTrue(m.<String>getAs("model_version").matches("corenlp-4\\.5\\.10-chinese\\+gazetteer-[0-9a-f]{12}"),
                    m.<String>getAs("model_version"));
            assertFalse(m.<String>getAs("job_version").isBlank());
        }
        for (Row q : quotes) {
            assertEquals(mentions.get(0).<String>getAs("model_version"), q.getAs("model_version"));
        }
    }

    @Test
    void termWeeklyBySide() {
        Map<String, java.time.Instant> at = articleTimes();
        Map<String, Long> usesByTerm = new TreeMap<>();
        hits.stream().filter(h -> h.getAs("quote_id") != null)
                .forEach(h -> usesByTerm.merge(h.getAs("term"), 1L, Long::sum));
        String defaultTerm = library.byName("term_weekly_by_side").orElseThrow().params().get(0).defaultValue();
        String busiest = usesByTerm.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (String term : new java.util.LinkedHashSet<>(List.of(defaultTerm, busiest))) {
            Map<List<Object>, Long> expected = new TreeMap<>(Comparator.comparing(Object::toString));
            for (Row h : hits) {
                java.time.Instant t = at.get(h.<String>getAs("article_id"));
                if (term.equals(h.getAs("term")) && h.getAs("quote_id") != null && t != null) {
                    String side = h.getAs("speaker_affiliation") == null ? "unknown" : h.getAs("speaker_affiliation");
                    expected.merge(List.of(weekOf(t), side), 1L, Long::sum);
                }
            }
            List<List<Object>> rows = run("term_weekly_by_side", Map.of("term", term));
            Map<List<Object>, Long> actual = new TreeMap<>(Comparator.comparing(Object::toString));
            rows.forEach(r -> actual.put(List.of(r.get(0), r.get(1)), (Long) r.get(2)));
            assertFalse(expected.isEmpty(), term + " is used in the sample's quotes");
            assertEquals(expected, actual, term);
        }
    }

    @Test
    void everyTableRecordsItsChanges() {
        Lakehouse lake = Lakehouse.open(spark, warehouse, "rhetoric");
        for (org.rhetoriclake.spark.lake.TableDef t : Tables.ALL) {
            Map<String, String> props = spark.sql("DESCRIBE DETAIL delta.`" + lake.tablePath(t) + "`")
                    .select("properties").head().getJavaMap(0);
            assertEquals("true", props.get(Lakehouse.CHANGE_DATA_FEED), t.name());
        }
        long inserted = spark.read().format("delta").option("readChangeFeed", "true").option("startingVersion", 0)
                .load(lake.tablePath(Tables.QUOTES).toString()).filter("_change_type = 'insert'").count();
        assertEquals(quotes.size(), inserted, "the change feed holds every quote the run inserted");
    }

    @Test
    void maintainCompactsAndVacuumsATableAndChangesNoRow() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(out), new PrintWriter(err), "maintain", "--table", "quotes",
                "--warehouse", warehouse.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("quotes ") && l.contains("optimize:")
                && l.contains("vacuum: 0 files deleted")), "nothing within the 7-day retention is deleted:\n" + out);
        assertEquals(quotes.size(), spark.sql("SELECT count(*) FROM rhetoric.quotes").head().getLong(0),
                "maintenance changes no row");
        StringWriter err2 = new StringWriter();
        assertEquals(2, RhetoricCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err2), "maintain",
                "--table", "speeches", "--warehouse", warehouse.toString()), err2.toString());
    }

    @Test
    void theQueryCommandPrintsATableAndRefusesAnUnsafeParameter() {
        Path sqlDir = TestPaths.projectRoot().resolve("sql");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(out), new PrintWriter(err), "query", "actor_weekly_mentions",
                "--param", "entity_id=Q148", "--warehouse", warehouse.toString(), "--sql-dir", sqlDir.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("week") && lines.get(0).contains("mentions") && lines.get(0).contains("articles"),
                out.toString());
        assertTrue(lines.get(1).startsWith("----"), out.toString());
        assertTrue(lines.get(lines.size() - 1).matches("\\(\\d+ rows\\)"), out.toString());

        StringWriter err2 = new StringWriter();
        int refused = RhetoricCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err2), "query",
                "actor_weekly_mentions", "--param", "entity_id=Q1' OR '1'='1", "--warehouse", warehouse.toString(),
                "--sql-dir", sqlDir.toString());
        assertEquals(2, refused, err2.toString());
    }
}
