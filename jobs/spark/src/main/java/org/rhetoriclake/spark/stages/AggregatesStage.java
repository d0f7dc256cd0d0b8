package org.rhetoriclake.spark.stages;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.rhetoriclake.spark.lake.AggregateTables;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.TableDef;
import org.rhetoriclake.spark.lake.Tables;

/**
 * Stage "gold aggregates": the detail tables → {@code entities} and the trend tables of {@link AggregateTables}.
 *
 * <p>Each table is rebuilt whole, in one commit, from the detail tables pinned at one version each; the commit
 * records those versions and the job version ({@link #builtFrom}). A table is rebuilt exactly when what it was
 * built from differs from the detail tables now. That one rule covers every path: a run that wrote articles;
 * a run killed after the articles but before the aggregates (the next run rebuilds them even if it writes
 * nothing); a new job version with a changed definition; a rerun with nothing new (no commit at all).
 *
 * <p>A whole rebuild rather than increments: reprocessing an article moves its counts (its old mentions go, new
 * ones come, its date may change), which an increment would have to undo. The rebuild is a scan of narrow
 * columns of the detail tables, small beside the NER that produced them.
 */
public final class AggregatesStage {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AggregatesStage.class);

    /** The detail tables the aggregates read. */
    static final List<TableDef> SOURCES = List.of(Tables.ARTICLES, Tables.ENTITY_MENTIONS, Tables.QUOTES,
            Tables.RHETORIC_HITS);

    /** The tables this stage writes, in the order it writes them. */
    public static final List<TableDef> TARGETS = List.of(Tables.ENTITIES, AggregateTables.ENTITY_DAILY,
            AggregateTables.SPEAKER_WEEKLY, AggregateTables.RHETORIC_WEEKLY, AggregateTables.COOCCURRENCE_MONTHLY,
            AggregateTables.RELAYS_MONTHLY);

    // The SQL of each aggregate over the views {m} mentions, {q} quotes, {h} hits, {e} entities and {t}: one row per
    // article with its time `at` (published, else captured) and pub_month. Counts are cast to the declared types
    // when written (Lakehouse.replaceAll).
    private static final Map<TableDef, String> SQL = new LinkedHashMap<>();

    static {
        SQL.put(AggregateTables.ENTITY_DAILY, """
                SELECT CAST(t.at AS DATE) AS day, m.entity_id, e.canonical_name, e.type, e.affiliation,
                       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
                FROM {m} m
                JOIN {t} t ON t.article_id = m.article_id
                JOIN {e} e ON e.entity_id = m.entity_id
                WHERE t.at IS NOT NULL
                GROUP BY CAST(t.at AS DATE), m.entity_id, e.canonical_name, e.type, e.affiliation
                """);
        SQL.put(AggregateTables.SPEAKER_WEEKLY, """
                WITH q AS (
                  SELECT q.*, CAST(date_trunc('WEEK', t.at) AS DATE) AS week_start,
                         coalesce(q.speaker_entity_id, concat('speaker:', q.speaker)) AS speaker_key
                  FROM {q} q JOIN {t} t ON t.article_id = q.article_id
                  WHERE t.at IS NOT NULL
                )
                SELECT q.week_start, q.speaker_key, coalesce(min(e.canonical_name), min(q.speaker)) AS speaker,
                       q.speaker_affiliation,
                       count(*) AS quotes,
                       sum(CASE WHEN q.kind = 'direct' THEN 1 ELSE 0 END) AS direct_quotes,
                       sum(CASE WHEN q.kind = 'indirect' THEN 1 ELSE 0 END) AS indirect_quotes,
                       count(DISTINCT q.article_id) AS articles,
                       coalesce(sum(q.tone), 0.0) AS tone_sum,
                       coalesce(sum(q.rhetoric_hit_count), 0) AS rhetoric_hits
                FROM q LEFT JOIN {e} e ON e.entity_id = q.speaker_entity_id
                GROUP BY q.week_start, q.speaker_key, q.speaker_affiliation
                """);
        SQL.put(AggregateTables.RHETORIC_WEEKLY, """
                WITH h AS (
                  SELECT h.*, CAST(date_trunc('WEEK', t.at) AS DATE) AS week_start, h.quote_id IS NOT NULL AS in_quote,
                         CASE WHEN h.quote_id IS NOT NULL THEN h.speaker_affiliation END AS side
                  FROM {h} h JOIN {t} t ON t.article_id = h.article_id
                  WHERE t.at IS NOT NULL
                )
                SELECT week_start, in_quote, side, term, min(category) AS category, count(*) AS hits,
                       sum(CASE WHEN negated THEN 1 ELSE 0 END) AS negated_hits, sum(polarity) AS polarity_sum,
                       count(DISTINCT article_id) AS articles,
                       array_join(array_sort(collect_set(lexicon_version)), ',') AS lexicon_versions
                FROM h
                GROUP BY week_start, in_quote, side, term
                """);
        SQL.put(AggregateTables.COOCCURRENCE_MONTHLY, """
                WITH named AS (
                  SELECT DISTINCT m.article_id, t.pub_month AS month, m.entity_id
                  FROM {m} m JOIN {t} t ON t.article_id = m.article_id
                  WHERE t.at IS NOT NULL AND m.type IN ('PERSON', 'ORGANIZATION', 'GPE')
                )
                SELECT x.month, x.entity_id AS entity_a, ea.canonical_name AS name_a,
                       y.entity_id AS entity_b, eb.canonical_name AS name_b, count(*) AS articles
                FROM named x
                JOIN named y ON y.article_id = x.article_id AND x.entity_id < y.entity_id
                JOIN {e} ea ON ea.entity_id = x.entity_id
                JOIN {e} eb ON eb.entity_id = y.entity_id
                GROUP BY x.month, x.entity_id, ea.canonical_name, y.entity_id, eb.canonical_name
                """);
        SQL.put(AggregateTables.RELAYS_MONTHLY, """
                WITH r AS (
                  SELECT 'media' AS relay_kind, q.reported_via AS relay, q.article_id, q.speaker, q.speaker_entity_id,
                         q.speaker_affiliation
                  FROM {q} q WHERE q.reported_via IS NOT NULL
                  UNION ALL
                  SELECT 'speaker' AS relay_kind, q.nested_in AS relay, q.article_id, q.speaker, q.speaker_entity_id,
                         q.speaker_affiliation
                  FROM {q} q WHERE q.nested_in IS NOT NULL
                )
                SELECT t.pub_month AS month, r.relay_kind, r.relay,
                       coalesce(r.speaker_entity_id, concat('speaker:', r.speaker)) AS speaker_key,
                       coalesce(min(e.canonical_name), min(r.speaker)) AS speaker, r.speaker_affiliation,
                       count(*) AS quotes, count(DISTINCT r.article_id) AS articles,
                       min(t.at) AS first_at, max(t.at) AS last_at
                FROM r
                JOIN {t} t ON t.article_id = r.article_id
                LEFT JOIN {e} e ON e.entity_id = r.speaker_entity_id
                WHERE t.at IS NOT NULL
                GROUP BY t.pub_month, r.relay_kind, r.relay, coalesce(r.speaker_entity_id, concat('speaker:', r.speaker)),
                         r.speaker_affiliation
                """);
    }

    private AggregatesStage() {
    }

    /**
     * Rebuilds every aggregate whose last build is not of the detail tables as they are now.
     *
     * @return the names of the tables rebuilt (empty when all were current)
     */
    public static List<String> refresh(Lakehouse lake, RunStamp stamp) {
        return refresh(lake, stamp, table -> { });
    }

    /**
     * {@link #refresh(Lakehouse, RunStamp)}, telling {@code rebuilding} each table as its rebuild starts (for the
     * progress line).
     */
    public static List<String> refresh(Lakehouse lake, RunStamp stamp,
                                       java.util.function.Consumer<TableDef> rebuilding) {
        List<String> rebuilt = new ArrayList<>();
        // Versions are read inside the retry: after losing a race, the other run may have built the tables from
        // these very versions, and then there is nothing left to do.
        lake.retryingConflicts("rebuild aggregates", () -> {
            Map<TableDef, Long> versions = new LinkedHashMap<>();
            for (TableDef source : SOURCES) {
                versions.put(source, lake.version(source));
            }
            String builtFrom = builtFrom(stamp.jobVersion(), versions);
            List<TableDef> stale = TARGETS.stream().filter(t -> !builtFrom.equals(lake.lastCommitMetadata(t))).toList();
            if (stale.isEmpty()) {
                return;
            }
            Inputs inputs = Inputs.of(lake, versions, stamp);
            try {
                for (TableDef target : stale) {
                    rebuilding.accept(target);
                    lake.replaceAll(target, inputs.rows(target, stamp), builtFrom);
                    if (!rebuilt.contains(target.name())) {
                        rebuilt.add(target.name());
                    }
                }
            } finally {
                inputs.release();
            }
        });
        if (!rebuilt.isEmpty()) {
            LOG.info("aggregates rebuilt: {}", rebuilt);
        }
        return rebuilt;
    }

    /**
     * What an aggregate was built from, as its commit records it: the job version (a new job may define the
     * aggregate differently) and the version of each detail table, e.g.
     * {@code job=0.6.0; articles@4 entity_mentions@4 quotes@4 rhetoric_hits@4}.
     */
    static String builtFrom(String jobVersion, Map<TableDef, Long> versions) {
        StringBuilder b = new StringBuilder("job=").append(jobVersion).append(';');
        versions.forEach((t, v) -> b.append(' ').append(t.name()).append('@').append(v));
        return b.toString();
    }

    /**
     * The detail tables at the pinned versions as temp views, and the entities computed from them once, cached
     * for the rebuild of all the aggregates. View names carry a random suffix: two runs in one session (a
     * notebook, the concurrency test) must not swap each other's views.
     */
    private record Inputs(SparkSession spark, Map<String, Dataset<Row>> views, String suffix) {
        static Inputs of(Lakehouse lake, Map<TableDef, Long> versions, RunStamp stamp) {
            Dataset<Row> mentions = lake.snapshotAt(Tables.ENTITY_MENTIONS, versions.get(Tables.ENTITY_MENTIONS))
                    .filter("entity_id IS NOT NULL")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Map<String, Dataset<Row>> views = new LinkedHashMap<>();
            views.put("m", mentions);
            views.put("q", lake.snapshotAt(Tables.QUOTES, versions.get(Tables.QUOTES)));
            views.put("h", lake.snapshotAt(Tables.RHETORIC_HITS, versions.get(Tables.RHETORIC_HITS)));
            views.put("e", EntitiesStage.apply(mentions, stamp).persist(StorageLevel.MEMORY_AND_DISK()));
            views.put("t", lake.snapshotAt(Tables.ARTICLES, versions.get(Tables.ARTICLES))
                    .selectExpr("article_id", "coalesce(published_at, captured_at) AS at", "pub_month")
                    .persist(StorageLevel.MEMORY_AND_DISK()));
            String suffix = "_" + UUID.randomUUID().toString().replace("-", "");
            views.forEach((key, rows) -> rows.createOrReplaceTempView("rhetoric_agg_" + key + suffix));
            return new Inputs(mentions.sparkSession(), views, suffix);
        }

        Dataset<Row> rows(TableDef target, RunStamp stamp) {
            if (target.equals(Tables.ENTITIES)) {
                return views.get("e");
            }
            String sql = SQL.get(target);
            for (String key : views.keySet()) {
                sql = sql.replace("{" + key + "}", "rhetoric_agg_" + key + suffix);
            }
            return spark.sql(sql)
                    .withColumn("job_version", lit(stamp.jobVersion()))
                    .withColumn("run_id", lit(stamp.runId()));
        }

        void release() {
            views.forEach((key, rows) -> {
                spark.catalog().dropTempView("rhetoric_agg_" + key + suffix);
                rows.unpersist();
            });
        }
    }
}
