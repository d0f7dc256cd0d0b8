package org.rhetoriclake.spark.stages;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The counters the stages keep as they work, for the progress line of a long run: files read to their end,
 * input bytes consumed, records read, articles annotated and their characters. Spark accumulators: each task
 * adds to its own copy, which reaches the driver with the executor's heartbeats while the task runs and
 * whole when it ends ({@code org.rhetoriclake.spark.job.RunProgress} reads both).
 *
 * <p>Counts only: a task Spark runs twice (a retry, a recomputed partition) counts twice, so these never
 * feed a table; the reconciled counts of a run come from the rows themselves.
 */
public final class StageCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator files;
    private final LongAccumulator bytes;
    private final LongAccumulator records;
    private final LongAccumulator articles;
    private final LongAccumulator chars;

    private StageCounters(SparkContext sc) {
        files = sc.longAccumulator("rhetoric.progress.files_read");
        bytes = sc.longAccumulator("rhetoric.progress.bytes_read");
        records = sc.longAccumulator("rhetoric.progress.records_read");
        articles = sc.longAccumulator("rhetoric.progress.articles_annotated");
        chars = sc.longAccumulator("rhetoric.progress.chars_annotated");
    }

    /** New counters, registered with the driver: one set per run. */
    public static StageCounters register(SparkContext sc) {
        return new StageCounters(sc);
    }

    void fileRead() {
        files.add(1);
    }

    void bytesRead(long n) {
        if (n > 0) {
            bytes.add(n);
        }
    }

    void recordRead() {
        records.add(1);
    }

    void articleAnnotated(long characters) {
        articles.add(1);
        chars.add(characters);
    }

    public LongAccumulator files() {
        return files;
    }

    public LongAccumulator bytes() {
        return bytes;
    }

    public LongAccumulator records() {
        return records;
    }

    public LongAccumulator articles() {
        return articles;
    }

    public LongAccumulator chars() {
        return chars;
    }
}
