package org.rhetoriclake.core.model;

/**
 * The kinds of input the job reads, recognised from a file's first bytes rather than its name
 * ({@link org.rhetoriclake.core.ingest.InputSniffer}). New readers add a constant here and a parser for it.
 */
public enum InputFormat {
    /** The news-dump format: {@code <!--epoch millis-->}, {@code [title](url)}, a dashes line, an HTML fragment. */
    DUMP,
    /** A saved HTML page, one per file. */
    HTML,
    /** A WARC (or ARC) file, plain or gzip-compressed: many records per file, HTML responses become articles. */
    WARC;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
