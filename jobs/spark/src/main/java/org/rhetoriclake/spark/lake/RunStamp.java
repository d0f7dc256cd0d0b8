package org.rhetoriclake.spark.lake;

import java.io.Serializable;
import java.time.Instant;

/** What every row written by one run carries: the run id, the job version and when it was processed. */
public record RunStamp(String runId, String jobVersion, Instant processedAt) implements Serializable {
}
