package org.rhetoriclake.spark.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.Tables;

/**
 * Stage "entities": every entity mention in the lake → one row per actor ({@code rhetoric.entities}) with its
 * counts, so BI tools and notebooks list the cast without aggregating millions of mentions themselves.
 *
 * <p>Recomputed from all of {@code entity_mentions} rather than updated by increments: the counts of an actor
 * change when an article is reprocessed (its old mentions go away), which an increment would have to undo.
 * The aggregation is one pass over the mentions table, small beside the NER that produced it. Ties (an actor
 * whose mentions are typed PERSON as often as MISC) are broken by name, so a rebuild gives the same rows.
 */
public final class EntitiesStage {
    private static final String MENTIONS_VIEW = "rhetoric_entities_stage_mentions";

    private static final String SQL = """
            WITH m AS (
              SELECT * FROM %1$s WHERE entity_id IS NOT NULL
            ),
            by_type AS (
              SELECT entity_id, type, row_number() OVER (PARTITION BY entity_id ORDER BY count(*) DESC, type) AS rank
              FROM m GROUP BY entity_id, type
            ),
            by_affiliation AS (
              SELECT entity_id, affiliation,
                     row_number() OVER (PARTITION BY entity_id ORDER BY count(*) DESC, affiliation) AS rank
              FROM m WHERE affiliation IS NOT NULL GROUP BY entity_id, affiliation
            ),
            forms AS (
              SELECT entity_id, text, count(*) AS n FROM m GROUP BY entity_id, text
            ),
            top_forms AS (
              SELECT entity_id,
                     slice(transform(sort_array(collect_list(named_struct('neg', -n, 'text', text))), x -> x.text), 1, 20)
                       AS surface_forms
              FROM forms GROUP BY entity_id
            ),
            counts AS (
              SELECT entity_id, min(canonical_name) AS canonical_name, count(*) AS mention_count,
                     count(DISTINCT article_id) AS article_count, min(published_at) AS first_published_at,
                     max(published_at) AS last_published_at
              FROM m GROUP BY entity_id
            )
            SELECT c.entity_id, coalesce(c.canonical_name, c.entity_id) AS canonical_name, t.type, a.affiliation,
                   CASE WHEN c.entity_id RLIKE '^Q[1-9][0-9]*$' THEN c.entity_id END AS wikidata_id,
                   NOT startswith(c.entity_id, 'name:') AS in_gazetteer,
                   c.mention_count, c.article_count, c.first_published_at, c.last_published_at, f.surface_forms
            FROM counts c
            JOIN by_type t ON t.entity_id = c.entity_id AND t.rank = 1
            LEFT JOIN by_affiliation a ON a.entity_id = c.entity_id AND a.rank = 1
            JOIN top_forms f ON f.entity_id = c.entity_id
            """;

    private EntitiesStage() {
    }

    /** The {@link Tables#ENTITIES} rows for {@code mentions} (rows of {@link Tables#ENTITY_MENTIONS}). */
    public static Dataset<Row> apply(Dataset<Row> mentions, RunStamp stamp) {
        // A view name of its own: two runs in one session (a notebook, the concurrency test) must not swap views.
        String view = MENTIONS_VIEW + "_" + java.util.UUID.randomUUID().toString().replace("-", "");
        mentions.createOrReplaceTempView(view);
        Dataset<Row> rows = mentions.sparkSession().sql(SQL.formatted(view));
        mentions.sparkSession().catalog().dropTempView(view); // the plan is resolved: the view is no longer needed
        return rows
                .withColumn("job_version", lit(stamp.jobVersion()))
                .withColumn("run_id", lit(stamp.runId()))
                .select(Tables.ENTITIES.columnNames().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
    }
}
