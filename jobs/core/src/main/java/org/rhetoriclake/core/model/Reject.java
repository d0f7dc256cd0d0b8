package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * A record the job could not turn into output: errors are data, never a null or a log line alone.
 *
 * @param stage   the pipeline stage that gave up ({@link Stage})
 * @param reason  a stable machine-readable code, e.g. {@code dump.missing_epoch_line}
 * @param detail  a human-readable explanation
 * @param source  file and offset of the record
 * @param snippet the first characters of the offending input, for a human to look at
 */
public record Reject(Stage stage, String reason, String detail, SourceRef source, String snippet) {
    public static final int SNIPPET_CHARS = 200;

    public Reject {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        detail = detail == null ? "" : detail;
        snippet = snippet == null ? "" : clip(snippet);
    }

    private static String clip(String s) {
        return s.length() <= SNIPPET_CHARS ? s : s.substring(0, SNIPPET_CHARS);
    }

    /** The pipeline stages, in order. */
    public enum Stage {
        INGEST, DECODE, EXTRACT, ENTITIES, QUOTES, WRITE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
