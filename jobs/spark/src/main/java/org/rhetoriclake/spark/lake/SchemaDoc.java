package org.rhetoriclake.spark.lake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;

/**
 * Renders {@code docs/SCHEMA.md} from {@link Tables}: one section per table, one row per column with its
 * type, nullability and comment. A test compares the checked-in file with this rendering, so the document
 * users read is the schema the job writes. Regenerate with
 * {@code java -cp … org.rhetoriclake.spark.lake.SchemaDoc docs/SCHEMA.md}.
 */
public final class SchemaDoc {
    private SchemaDoc() {
    }

    /** Layers, partitioning and versions: the why behind the layout, written once here. */
    static final String LAYOUT = """
            ## Layers

            | layer | tables | written by |
            |---|---|---|
            | bronze | `raw_records` | every run, MERGE on `source`, `source_offset`: the records as read, with their bytes |
            | silver | `articles` | MERGE on `article_id`; an article unchanged since the last run (same content hash and job version) is not rewritten |
            | gold, detail | `entity_mentions`, `quotes`, `rhetoric_hits` | MERGE on their ids, replacing all rows of each reprocessed article in one commit |
            | gold, aggregates | `entities`, `entity_daily`, `speaker_weekly`, `rhetoric_weekly`, `cooccurrence_monthly`, `relays_monthly` | rebuilt whole, one commit each, when the detail tables changed since their last build (the commit's user metadata records the versions they were built from) |
            | operations | `rejects`, `runs`, `ingested_files` | rejects MERGE on `reject_id`; runs appended; the file ledger MERGEd last |

            Every table has Delta's change data feed on (`table_changes('rhetoric.quotes', <version>)`).

            ## Partitioning

            `articles`, `entity_mentions`, `quotes` and `rhetoric_hits` are partitioned by `pub_month` (`yyyy-MM` of
            the publication time, else the capture time; `unknown` without either): the analysts' questions are
            time series, so a query over a quarter reads three partitions, and reprocessing a month rewrites only
            its files. Months rather than days: a news archive has tens to thousands of articles a day, and daily
            partitions would be mostly small files. The aggregates are not partitioned: they are small (one row
            per actor and day at most) and read whole. `raw_records`, `rejects`, `runs` and `ingested_files` are
            read by source or run, not by time. `bin/rhetoric maintain` compacts small files (OPTIMIZE) and removes
            files no version within the table's retention needs (VACUUM, default 7 days).

            ## Versions on rows

            `job_version` on every row; `model_version` (CoreNLP with its Chinese models, and the gazetteer's
            content hash) on `entity_mentions` and `quotes`; `lexicon_version` (the rhetoric lexicon's content
            hash) on `articles`, `quotes` and `rhetoric_hits`; `runs` records the CoreNLP, Spark and Delta versions.

            ## Types

            Chosen so Trino's Delta connector (the BI endpoint) reads every table: no VARIANT, TIMESTAMP in UTC
            (never TIMESTAMP_NTZ), counters and byte offsets declared BIGINT from the start. A column's type is
            never changed in place (Trino cannot read a widened column): the job refuses to open a table whose
            column has another type than it declares.
            """;

    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Rhetoric Lake tables\n\n")
                .append("Generated from `jobs/spark/src/main/java/org/rhetoriclake/spark/lake/Tables.java` ")
                .append("(the same comments are on the Delta columns); do not edit by hand.\n\n")
                .append("All tables live in database `rhetoric` (Delta Lake, one folder each under ")
                .append("`<warehouse>/rhetoric.db/`). Timestamps are UTC. Keys are stable: reprocessing an ")
                .append("article MERGEs its rows in place.\n\n")
                .append(LAYOUT);
        for (TableDef t : Tables.ALL) {
            b.append("\n## ").append(t.name()).append("\n\n").append(t.description()).append("\n\n");
            b.append("Key: `").append(String.join("`, `", t.key())).append('`');
            if (t.groupKey() != null) {
                b.append(" · rows replaced as a group per `").append(t.groupKey()).append('`');
            }
            if (!t.partitionBy().isEmpty()) {
                b.append(" · partitioned by `").append(String.join("`, `", t.partitionBy())).append('`');
            }
            b.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
            for (StructField f : t.schema().fields()) {
                b.append("| `").append(f.name()).append("` | ").append(f.dataType().sql().toLowerCase(java.util.Locale.ROOT))
                        .append(" | ").append(f.nullable() ? "yes" : "no").append(" | ")
                        .append(f.getComment().get().replace("|", "\\|")).append(" |\n");
            }
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/SCHEMA.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, render(), StandardCharsets.UTF_8);
    }
}
