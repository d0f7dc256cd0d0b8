package org.rhetoriclake.spark.job;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.version.Versions;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.Tables;

/** Appends one row per run to {@code rhetoric.runs}: the audit trail of what each run read and wrote. */
final class RunLog {
    private final SparkSession spark;
    private final Lakehouse lake;

    RunLog(SparkSession spark, Lakehouse lake) {
        this.spark = spark;
        this.lake = lake;
    }

    void record(RunSummary s, String status, String error) {
        // createDataFrame converts Java lists and maps itself; timestamps are Instants (java8API is on).
        Row row = RowFactory.create(s.runId(), s.startedAt(), s.finishedAt(), status, s.inputs(), s.recordsRead(),
                s.articlesWritten(), s.skipped(), s.rejected(), s.skipReasons(), s.partialRejects(), s.mentionsWritten(), s.quotesWritten(), perSource(s), s.filesAlreadyProcessed(), error, Versions.job(), Versions.coreNlp(),
                spark.version(), Versions.delta());
        lake.append(Tables.RUNS, spark.createDataFrame(List.of(row), Tables.RUNS.schema()));
    }

    private static List<Row> perSource(RunSummary s) {
        List<Row> rows = new java.util.ArrayList<>();
        for (RunSummary.SourceCounts c : s.perSource()) {
            rows.add(RowFactory.create(c.source(), c.recordsRead(), c.articlesWritten(), c.skipped(), c.rejected(),
                    c.skipReasons()));
        }
        return rows;
    }
}
