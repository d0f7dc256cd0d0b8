package org.rhetoriclake.core.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

/**
 * Streams the records of one WARC (or ARC) file, plain or gzip-compressed, with jwarc. Every record read
 * gives exactly one outcome:
 * <ul>
 *   <li>a response (or resource) whose payload is an HTML page with a 2xx status → a {@link RawRecord} with the
 *       HTTP headers, the payload with its Content-Encoding undone, the target URI, the capture date and the
 *       record's id and byte offset (the offset of its gzip member in a {@code .warc.gz}, as CDX indexes give);</li>
 *   <li>requests, warcinfo, metadata, revisits, non-HTTP and non-HTML payloads, redirects and error pages →
 *       a skip whose reason names the kind ({@code warc.request}, {@code http.status_3xx}, …). A revisit is a
 *       re-capture of a payload recorded elsewhere: when the original is in the input it is already an article,
 *       and a revisit alone has no page to extract, so it is counted, not resolved further;</li>
 *   <li>a record that cannot be read (bad header, bad length, truncated or corrupt gzip member, payload over the
 *       size cap) → a rejection with the file and byte offset. Reading then resumes at the next record
 *       boundary after it: the next gzip member that inflates to a WARC header, or the next {@code WARC/} line
 *       in a plain file. Only a file compressed as one single gzip stream loses its tail after a corrupt spot.</li>
 * </ul>
 * One record's payload is in memory at a time, capped by {@link ReadOptions#maxRecordBytes()}.
 */
public final class WarcRecordStream implements RecordStream {
    public static final String CORRUPT = "warc.corrupt_record";
    public static final String TRUNCATED = "warc.truncated_record";
    public static final String BAD_HTTP = "warc.bad_http_response";
    public static final String BAD_CONTENT_ENCODING = "warc.bad_content_encoding";
    public static final String NON_HTTP = "warc.non_http";
    public static final String NON_HTML = "warc.non_html";
    public static final String REVISIT = "warc.revisit";

    private static final int SCAN_CHUNK = 64 * 1024;

    private final String file;
    private final SeekableByteChannel channel;
    private final ReadOptions options;
    private WarcReader reader;
    private Outcome<RawRecord> pending;
    private boolean finished;
    /** Offset of the record the last outcome was for; -1 before the first. */
    private long lastEmitted = -1;

    WarcRecordStream(String file, SeekableByteChannel channel, ReadOptions options) {
        this.file = file;
        this.channel = channel;
        this.options = options;
        try {
            this.reader = newReader();
        } catch (IOException | RuntimeException e) {
            this.pending = Outcome.rejected(reject(CORRUPT, 0L, null, e));
            this.finished = true;
        }
    }

    private WarcReader newReader() throws IOException {
        WarcReader r = new WarcReader(channel);
        r.setLenient(options.lenientWarc());
        return r;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Outcome<RawRecord> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Outcome<RawRecord> out = pending;
        pending = null;
        return out;
    }

    private Outcome<RawRecord> advance() {
        long offset = -1;
        String recordId = null;
        try {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                finished = true;
                return null;
            }
            WarcRecord record = next.get();
            offset = reader.position();
            // ARC records have no id; WARC ones must, but a damaged header should not cost the record.
            recordId = record.headers().first("WARC-Record-ID").orElse(null);
            Outcome<RawRecord> out = convert(record, new SourceRef(file, offset, recordId));
            lastEmitted = offset;
            return out;
        } catch (IOException | RuntimeException e) {
            // RuntimeException too: jwarc signals some malformed headers (a bad date, a bad URI) that way.
            // Failing inside next(), the reader's position is the start of the record it was parsing, or still
            // the previous record's when that one's tail (trailer) was the damaged part.
            long at = offset >= 0 ? offset : reader.position();
            if (at == lastEmitted) {
                // The previous record already has its outcome, and one record gets one outcome: reading goes on
                // after it without a second one.
                resync(at);
                return finished ? null : advance();
            }
            Outcome<RawRecord> rejected = Outcome.rejected(reject(reasonFor(e), at, recordId, e));
            lastEmitted = at;
            resync(at);
            return rejected;
        }
    }

    /**
     * Reads the rest of a record's block. jwarc's bodies stop quietly at the end of the file, so a record cut
     * short is recognised here, by its declared length, and fails as truncated.
     */
    private static void consumeFully(WarcRecord record) throws IOException {
        MessageBody body = record.body();
        body.consume();
        long declared = body.size();
        if (declared >= 0 && body.position() < declared) {
            throw new EOFException("record truncated: " + body.position() + " of " + declared + " bytes");
        }
    }

    private Outcome<RawRecord> convert(WarcRecord record, SourceRef source) throws IOException {
        String type = record.type().toLowerCase(Locale.ROOT);
        if (record instanceof WarcResponse response) {
            MediaType type0 = response.contentType();
            if (!isHttp(type0)) {
                consumeFully(record);
                return Outcome.skipped(NON_HTTP, source);
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (ParsingException e) {
                // The HTTP message is malformed but the WARC framing around it is intact: skip its bytes, go on.
                consumeFully(record);
                return Outcome.rejected(new Reject(Reject.Stage.INGEST, BAD_HTTP,
                        "ParsingException: " + e.getMessage(), source, response.target()));
            }
            int status = http.status();
            if (status < 200 || status > 299) {
                consumeFully(response);
                return Outcome.skipped("http.status_" + (status / 100) + "xx", source);
            }
            MediaType payloadType = http.contentType();
            Map<String, String> headers = headers(http);
            return payload(http.bodyDecoded(), payloadType, headers, response, source);
        }
        if (record instanceof WarcResource resource) {
            return payload(resource.body(), resource.contentType(), Map.of(), resource, source);
        }
        consumeFully(record);
        return Outcome.skipped(record instanceof WarcRevisit ? REVISIT : "warc." + type, source);
    }

    private Outcome<RawRecord> payload(MessageBody body, MediaType declared, Map<String, String> headers,
                                       WarcTargetRecord record, SourceRef source) throws IOException {
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
            if (bytes.length > options.maxRecordBytes()) {
                in.transferTo(OutputDiscard.INSTANCE);
                return Outcome.rejected(new Reject(Reject.Stage.INGEST, WholeFileReader.TOO_LARGE,
                        "payload is larger than rhetoric.input.maxRecordBytes=" + options.maxRecordBytes(), source,
                        record.target()));
            }
        } catch (IOException e) {
            // Either the container is damaged (a truncated member: consuming the rest fails too, and the
            // exception goes up to reject and resync) or only the payload's Content-Encoding is (an unknown
            // coding, a broken gzip body inside an intact record): then the stream is still in step.
            consumeFully(record);
            return Outcome.rejected(new Reject(Reject.Stage.INGEST, BAD_CONTENT_ENCODING,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), source, record.target()));
        }
        consumeFully(record);
        if (!isHtml(declared, bytes)) {
            return Outcome.skipped(NON_HTML, source);
        }
        Instant captured = record.date();
        return Outcome.ok(new RawRecord(source, InputFormat.WARC, record.target(), captured, headers, bytes));
    }

    private static boolean isHttp(MediaType type) {
        return type != null && "application".equals(type.type()) && "http".equals(type.subtype());
    }

    /** HTML by its declared type; undeclared or generic types are judged by the payload's first bytes. */
    static boolean isHtml(MediaType declared, byte[] payload) {
        if (declared != null && declared.isValid()) {
            String t = declared.type() + "/" + declared.subtype();
            if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
                return true;
            }
            if (!t.equals("application/octet-stream") && !t.equals("text/plain") && !t.equals("unknown/unknown")) {
                return false;
            }
        }
        byte[] head = java.util.Arrays.copyOf(payload, Math.min(payload.length, InputSniffer.HEAD_BYTES));
        return InputSniffer.sniff(head).filter(f -> f == InputFormat.HTML).isPresent();
    }

    private static Map<String, String> headers(HttpResponse http) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : http.headers().map().entrySet()) {
            out.put(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()));
        }
        return out;
    }

    private static String reasonFor(Exception e) {
        if (e instanceof EOFException || e instanceof ZipException
                || e.getMessage() != null && e.getMessage().contains("EOF")) {
            return TRUNCATED;
        }
        return CORRUPT;
    }

    private Reject reject(String reason, long offset, String recordId, Exception e) {
        return new Reject(Reject.Stage.INGEST, reason, e.getClass().getSimpleName() + ": " + e.getMessage(),
                new SourceRef(file, offset, recordId), snippetAt(offset));
    }

    /** The raw bytes at the record's offset, for a human to look at (compressed bytes stay unreadable). */
    private String snippetAt(long offset) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(Reject.SNIPPET_CHARS);
            channel.position(offset);
            while (buf.hasRemaining() && channel.read(buf) > 0) {
                // fill
            }
            return InputFiles.printable(java.util.Arrays.copyOf(buf.array(), buf.position()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Continues at the first plausible record start after {@code failedAt}, or ends the stream. */
    private void resync(long failedAt) {
        try {
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            long next = gzip ? nextGzipMember(failedAt + 1) : nextWarcHeader(failedAt + 1);
            if (next < 0) {
                finished = true;
                return;
            }
            channel.position(next);
            reader = newReader();
        } catch (IOException | RuntimeException e) {
            finished = true;
        }
    }

    private long nextGzipMember(long from) throws IOException {
        long pos = from;
        long size = channel.size();
        while (pos < size) {
            byte[] chunk = readAt(pos, SCAN_CHUNK + 2);
            for (int i = 0; i + 2 < chunk.length; i++) {
                if ((chunk[i] & 0xff) == 0x1f && (chunk[i + 1] & 0xff) == 0x8b && chunk[i + 2] == 8
                        && InputSniffer.isWarcOrArc(InputSniffer.gunzipPrefix(readAt(pos + i, 4096)))) {
                    return pos + i;
                }
            }
            pos += SCAN_CHUNK;
        }
        return -1;
    }

    private long nextWarcHeader(long from) throws IOException {
        long pos = from;
        long size = channel.size();
        byte[] magic = "\nWARC/".getBytes(StandardCharsets.US_ASCII);
        while (pos < size) {
            byte[] chunk = readAt(pos, SCAN_CHUNK + magic.length);
            outer:
            for (int i = 0; i + magic.length <= chunk.length; i++) {
                for (int j = 0; j < magic.length; j++) {
                    if (chunk[i + j] != magic[j]) {
                        continue outer;
                    }
                }
                return pos + i + 1;
            }
            pos += SCAN_CHUNK;
        }
        return -1;
    }

    private byte[] readAt(long pos, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        channel.position(pos);
        while (buf.hasRemaining() && channel.read(buf) > 0) {
            // fill
        }
        return java.util.Arrays.copyOf(buf.array(), buf.position());
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            channel.close();
        }
    }

    /** Discards the rest of an oversized payload so the reader stays in step. */
    private static final class OutputDiscard extends java.io.OutputStream {
        static final OutputDiscard INSTANCE = new OutputDiscard();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
