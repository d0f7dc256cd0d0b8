package org.rhetoriclake.core.ingest;

/**
 * How input files are read.
 *
 * @param maxRecordBytes largest record (a file of the one-record formats, or a WARC payload) kept in memory;
 *                       a larger one is rejected, its bytes skipped, never loaded
 * @param lenientWarc    accept WARC headers that break the grammar in ways real crawlers do (jwarc's lenient
 *                       mode). Off by default: strict reading rejects such records, visibly, in the rejects table.
 *
 * <p>Serializable: built on the driver from the job's config, it travels to the tasks.
 */
public record ReadOptions(long maxRecordBytes, boolean lenientWarc) implements java.io.Serializable {
    public ReadOptions {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be > 0");
        }
    }
}
