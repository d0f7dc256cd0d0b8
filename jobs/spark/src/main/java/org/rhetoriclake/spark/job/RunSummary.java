package org.rhetoriclake.spark.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run read and what became of it. {@link #reconciles()} is the promise users rely on:
 * every record read is written, skipped with a reason, or rejected.
 */
public record RunSummary(String runId, Instant startedAt, Instant finishedAt, List<String> inputs, int files,
                         long recordsRead, long articlesWritten, Map<String, Long> skipReasons, long rejected,
                         long partialRejects, long mentionsWritten, long quotesWritten,
                         List<RejectLine> rejects) {

    public long skipped() {
        return skipReasons.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean reconciles() {
        return recordsRead == articlesWritten + skipped() + rejected;
    }

    public Duration elapsed() {
        return Duration.between(startedAt, finishedAt);
    }

    /** One rejection, for the printed summary. */
    public record RejectLine(String stage, String reason, String source, long offset, String detail) {
    }
}
