package org.rhetoriclake.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One input record as read, before any parsing: the bytes of a dump file, a saved HTML page
 * or a WARC response payload, with what the container said about it.
 *
 * @param source      file and offset it was read from
 * @param format      which reader produced it (decides which parser gets it)
 * @param uri         target URI when the container names one (WARC-Target-URI), else null
 * @param capturedAt  capture time when the container records one, else null
 * @param headers     HTTP headers of a captured response (lower-case names), empty otherwise
 * @param content     the raw bytes; never decoded with a platform default
 */
public record RawRecord(SourceRef source, InputFormat format, String uri, Instant capturedAt,
                        Map<String, String> headers, byte[] content) {
    public RawRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        Objects.requireNonNull(content, "content");
    }
}
