package org.rhetoriclake.core.model;

/** The kinds of input the job reads. New readers add a constant here and a parser for it. */
public enum InputFormat {
    /** The news-dump format: {@code <!--epoch millis-->}, {@code [title](url)}, a dashes line, an HTML fragment. */
    DUMP,
    /** A saved HTML page (later issues). */
    HTML,
    /** A WARC response record (later issues). */
    WARC
}
