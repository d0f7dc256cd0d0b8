package org.rhetoriclake.spark.job;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.stages.InputDiscovery.InputFile;

/**
 * Which input files earlier runs have read to the end ({@code rhetoric.ingested_files}), so cron or Airflow can
 * point the job at a landing folder every hour and pay only for what is new. A file counts as processed when a
 * successful run read it with the same length and modification time; a file rewritten in place is new again.
 *
 * <p>The ledger is written last, after the articles: a run that dies before that leaves its files unrecorded,
 * and the next run reads them again and finds their articles unchanged in the lake (by content hash), so the
 * tables end as one clean run leaves them. The ledger saves reading and parsing; the article key and content
 * hash are what keep the tables exactly-once.
 */
final class FileLedger {
    private final SparkSession spark;
    private final Lakehouse lake;

    FileLedger(SparkSession spark, Lakehouse lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** The files of {@code listed} the ledger does not have with the same length and modification time. */
    List<InputFile> notYetProcessed(List<InputFile> listed) {
        if (listed.isEmpty()) {
            return listed;
        }
        Map<String, long[]> known = new HashMap<>();
        for (Row r : lake.snapshot(Tables.INGESTED_FILES).select("source", "size_bytes", "modified_at").collectAsList()) {
            known.put(r.getString(0), new long[] {r.getLong(1), millis(r.get(2))});
        }
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : listed) {
            long[] k = known.get(f.path());
            if (k == null || k[0] != f.length() || k[1] != f.modifiedMillis()) {
                out.add(f);
            }
        }
        return out;
    }

    /** A timestamp as Spark returns it: {@link Instant} with the Java 8 time API on (the job's sessions), else {@link Timestamp}. */
    private static long millis(Object ts) {
        return ts instanceof Instant i ? i.toEpochMilli() : ((Timestamp) ts).getTime();
    }

    /** Records {@code read} as processed by the run {@code summary} describes (one MERGE; no commit when empty). */
    void record(List<InputFile> read, RunSummary summary, RunStamp stamp) {
        if (read.isEmpty()) {
            return;
        }
        Map<String, Long> records = new HashMap<>();
        summary.perSource().forEach(c -> records.put(c.source(), c.recordsRead()));
        List<Row> rows = new ArrayList<>();
        for (InputFile f : read) {
            rows.add(RowFactory.create(f.path(), f.length(), Instant.ofEpochMilli(f.modifiedMillis()),
                    records.getOrDefault(f.path(), 0L), stamp.runId(), stamp.processedAt()));
        }
        lake.mergeReplacing(Tables.INGESTED_FILES,
                spark.createDataFrame(rows, Tables.INGESTED_FILES.schema()).select(
                        Tables.INGESTED_FILES.columnNames().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new)),
                null);
    }
}
