package org.rhetoriclake.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Builds WARC files byte by byte for tests, so each can be damaged exactly where a test wants. */
final class WarcBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int counter;

    WarcBytes(boolean gzip) {
        this.gzip = gzip;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An HTTP response record with the given status line, headers (CRLF-joined lines) and body. */
    WarcBytes response(String uri, String statusLine, String headers, byte[] body) {
        byte[] http = concat(utf8(statusLine + "\r\n" + headers + (headers.isEmpty() ? "" : "\r\n") + "\r\n"), body);
        return record("response", uri, "application/http;msgtype=response", http, -1);
    }

    WarcBytes htmlPage(String uri, String html) {
        byte[] body = utf8(html);
        return response(uri, "HTTP/1.1 200 OK",
                "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length, body);
    }

    WarcBytes request(String uri) {
        return record("request", uri, "application/http;msgtype=request", utf8("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), -1);
    }

    /** A record; {@code declaredLength} &ge; 0 writes a Content-Length that lies about the block. */
    WarcBytes record(String type, String uri, String contentType, byte[] block, long declaredLength) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + new UUID(42, counter++) + ">\r\n"
                + "WARC-Date: 2024-03-05T06:07:08Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + (declaredLength >= 0 ? declaredLength : block.length) + "\r\n\r\n";
        return raw(concat(concat(utf8(header), block), utf8("\r\n\r\n")));
    }

    /** Bytes written as they are (as one gzip member when compressing). */
    WarcBytes raw(byte[] bytes) {
        try {
            if (gzip) {
                ByteArrayOutputStream member = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(member)) {
                    z.write(bytes);
                }
                out.write(member.toByteArray());
            } else {
                out.write(bytes);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static byte[] gzipped(byte[] bytes) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(member)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return member.toByteArray();
    }
}
