package org.rhetoriclake.core.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * The parts of one dump file, before any HTML is looked at.
 *
 * @param publishedAt  publication time from the {@code <!--epoch millis-->} line
 * @param title        the title from {@code [title](url)}, stripped of surrounding whitespace
 * @param url          the URL from {@code [title](url)} as written, or null when the parentheses are empty
 * @param htmlFragment everything after the dashes line (and the blank lines that follow it)
 */
public record DumpDocument(Instant publishedAt, String title, String url, String htmlFragment) {
    public DumpDocument {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(htmlFragment, "htmlFragment");
    }
}
