package org.rhetoriclake.spark.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run read and what became of it. {@link #reconciles()} is the promise users rely on:
 * every record read is written, skipped with a reason, or rejected. {@code files} counts the input files read;
 * {@code filesAlreadyProcessed} those left unread because the ledger has them unchanged.
 */
public record RunSummary(String runId, Instant startedAt, Instant finishedAt, List<String> inputs, int files,
                         long recordsRead, long articlesWritten, Map<String, Long> skipReasons, long rejected,
                         long partialRejects, long mentionsWritten, long quotesWritten,
                         List<RejectLine> rejects, List<SourceCounts> perSource, long filesAlreadyProcessed) {

    public long skipped() {
        return skipReasons.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean reconciles() {
        return recordsRead == articlesWritten + skipped() + rejected;
    }

    public Duration elapsed() {
        return Duration.between(startedAt, finishedAt);
    }

    /** True when the totals and every file's own counts reconcile. */
    public boolean reconcilesPerSource() {
        return reconciles() && perSource.stream().allMatch(SourceCounts::reconciles);
    }

    /** What became of one input file's records. */
    public record SourceCounts(String source, long recordsRead, long articlesWritten, Map<String, Long> skipReasons,
                               long rejected) {
        public long skipped() {
            return skipReasons.values().stream().mapToLong(Long::longValue).sum();
        }

        public boolean reconciles() {
            return recordsRead == articlesWritten + skipped() + rejected;
        }
    }

    /** One rejection, for the printed summary. */
    public record RejectLine(String stage, String reason, String source, long offset, String detail) {
    }
}
