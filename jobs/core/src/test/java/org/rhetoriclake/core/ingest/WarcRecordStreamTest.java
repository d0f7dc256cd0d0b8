package org.rhetoriclake.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rhetoriclake.core.ingest.WarcBytes.utf8;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;

class WarcRecordStreamTest {
    static final ReadOptions OPTIONS = new ReadOptions(1 << 20, false);
    static final String PAGE = "<html><head><title>标题</title></head><body><p>正文第一段。</p></body></html>";

    static RawRecord ok(Outcome<RawRecord> o) {
        return assertInstanceOf(Outcome.Ok.class, o).value() instanceof RawRecord r ? r : null;
    }

    static String skipReason(Outcome<RawRecord> o) {
        return assertInstanceOf(Outcome.Skipped.class, o).reason();
    }

    static Reject reject(Outcome<RawRecord> o) {
        return assertInstanceOf(Outcome.Rejected.class, o).reject();
    }

    @Test
    void htmlResponsesBecomeRecordsWithProvenanceAndEverythingElseIsASkipWithItsKind() {
        WarcBytes w = new WarcBytes(true)
                .record("warcinfo", null, "application/warc-fields", utf8("software: test\r\n"), -1)
                .request("http://news.example/a.html");
        int responseOffset = w.size();
        w.htmlPage("http://news.example/a.html", PAGE)
                .response("http://news.example/logo.png", "HTTP/1.1 200 OK", "Content-Type: image/png", new byte[]{1, 2, 3})
                .response("http://news.example/old", "HTTP/1.1 301 Moved Permanently", "Location: /new", new byte[0])
                .response("http://news.example/gone", "HTTP/1.1 404 Not Found", "Content-Type: text/html", utf8("<p>no</p>"))
                .record("revisit", "http://news.example/a.html", "application/http;msgtype=response",
                        utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"), -1)
                .record("metadata", "http://news.example/a.html", "application/warc-fields", utf8("via: x\r\n"), -1);
        List<Outcome<RawRecord>> out = InMemoryChannel.readAll(w.bytes(), OPTIONS);

        assertEquals(8, out.size(), "one outcome per record");
        assertEquals("warc.warcinfo", skipReason(out.get(0)));
        assertEquals("warc.request", skipReason(out.get(1)));
        RawRecord page = ok(out.get(2));
        assertEquals(InputFormat.WARC, page.format());
        assertEquals("http://news.example/a.html", page.uri());
        assertEquals("2024-03-05T06:07:08Z", page.capturedAt().toString());
        assertEquals(responseOffset, page.source().offset(), "offset of the record's gzip member");
        assertEquals("<urn:uuid:00000000-0000-002a-0000-000000000002>", page.source().recordId());
        assertEquals("text/html; charset=utf-8", page.headers().get("content-type"));
        assertEquals(PAGE, new String(page.content(), StandardCharsets.UTF_8));
        assertEquals(WarcRecordStream.NON_HTML, skipReason(out.get(3)));
        assertEquals("http.status_3xx", skipReason(out.get(4)));
        assertEquals("http.status_4xx", skipReason(out.get(5)));
        assertEquals(WarcRecordStream.REVISIT, skipReason(out.get(6)));
        assertEquals("warc.metadata", skipReason(out.get(7)));
    }

    @Test
    void chunkedTransferAndGzipContentEncodingAreUndone() {
        byte[] html = utf8(PAGE);
        String chunked = Integer.toHexString(10) + "\r\n" + new String(html, 0, 10, StandardCharsets.ISO_8859_1)
                + "\r\n" + Integer.toHexString(html.length - 10) + "\r\n"
                + new String(html, 10, html.length - 10, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n";
        WarcBytes w = new WarcBytes(false)
                .response("http://x/chunked", "HTTP/1.1 200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked",
                        chunked.getBytes(StandardCharsets.ISO_8859_1))
                .response("http://x/gzip", "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip",
                        WarcBytes.gzipped(html));
        List<Outcome<RawRecord>> out = InMemoryChannel.readAll(w.bytes(), OPTIONS);
        assertEquals(PAGE, new String(ok(out.get(0)).content(), StandardCharsets.UTF_8));
        assertEquals(PAGE, new String(ok(out.get(1)).content(), StandardCharsets.UTF_8));
    }

    @Test
    void aPayloadWithoutContentTypeIsJudgedByItsBytes() {
        WarcBytes w = new WarcBytes(false)
                .response("http://x/a", "HTTP/1.1 200 OK", "", utf8(PAGE))
                .response("http://x/b", "HTTP/1.1 200 OK", "", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        List<Outcome<RawRecord>> out = InMemoryChannel.readAll(w.bytes(), OPTIONS);
        ok(out.get(0));
        assertEquals(WarcRecordStream.NON_HTML, skipReason(out.get(1)));
    }

    @Test
    void aPayloadOverTheCapIsRejectedAndTheNextRecordStillRead() {
        byte[] big = utf8("<html><body><p>" + "很长的页面。".repeat(400) + "</p></body></html>");
        WarcBytes w = new WarcBytes(true).response("http://x/big", "HTTP/1.1 200 OK", "Content-Type: text/html", big)
                .htmlPage("http://x/small", PAGE);
        List<Outcome<RawRecord>> out = InMemoryChannel.readAll(w.bytes(), new ReadOptions(2000, false));
        assertEquals(WholeFileReader.TOO_LARGE, reject(out.get(0)).reason());
        assertEquals("http://x/small", ok(out.get(1)).uri());
    }

    @Test
    void aCorruptGzipMemberIsRejectedAtItsOffsetAndTheFollowingMembersAreRead() {
        WarcBytes w = new WarcBytes(true).htmlPage("http://x/1", PAGE);
        int second = w.size();
        w.htmlPage("http://x/2", PAGE);
        int third = w.size();
        w.htmlPage("http://x/3", PAGE);
        byte[] bytes = w.bytes();
        for (int i = second + 20; i < second + 60; i++) {
            bytes[i] ^= 0x5a; // scramble the deflate data of the second member
        }
        List<Outcome<RawRecord>> out = InMemoryChannel.readAll(bytes, OPTIONS);
        assertEquals(3, out.size(), out.toString());
        assertEquals("http://x/1", ok(out.get(0)).uri());
        Reject bad = reject(out.get(1));
        assertEquals(Reject.Stage.INGEST, bad.stage());
        assertEquals(second, bad.source().offset());
        assertEquals("/in/test.warc", bad.source().file());
        RawRecord last = ok(out.get(2));
        assertEquals("http://x/3", last.uri());
        assertEquals(third, last.source().offset());
    }

    @Test
    void aLyingContentLengthInAPlainWarcIsRejectedAndReadingResumesAtTheNextHeader() {
        WarcBytes w = new WarcBytes(false).htmlPage("http://x/1", PAGE);
        int second = w.size();
        w.record("response", "http://x/2", "application/http;msgtype=response",
                utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE), 20);
        int third = w.size();
        w.htmlPage("http://x/3", PAGE);
        List<Outcome<RawRecord>> out = InMemoryChannel.readAll(w.bytes(), OPTIONS);
        // The short record is read as declared (20 bytes of HTTP header: no page); the rest of its block is
        // not a record and is rejected once, where it starts; reading resumes at the next header.
        assertEquals("http://x/1", ok(out.get(0)).uri());
        assertEquals(WarcRecordStream.NON_HTML, skipReason(out.get(1)));
        Reject bad = reject(out.get(2));
        assertTrue(bad.source().offset() > second && bad.source().offset() < third, bad.toString());
        assertEquals("http://x/3", ok(out.get(3)).uri());
        assertEquals(third, ok(out.get(3)).source().offset());
        assertEquals(4, out.size(), out.toString());
    }

    /** As jwarc's own tests do: cut the file everywhere; nothing throws and whole records before the cut survive. */
    @Test
    void aTruncatedWarcGzNeverThrowsAndKeepsEveryCompleteRecord() {
        WarcBytes w = new WarcBytes(true);
        int[] ends = new int[4];
        for (int i = 0; i < ends.length; i++) {
            w.htmlPage("http://x/" + i, PAGE);
            ends[i] = w.size();
        }
        byte[] whole = w.bytes();
        for (int cut = 1; cut < whole.length; cut += 37) {
            List<Outcome<RawRecord>> out = InMemoryChannel.readAll(Arrays.copyOf(whole, cut), OPTIONS);
            int complete = 0;
            while (complete < ends.length && ends[complete] <= cut) {
                complete++;
            }
            long read = out.stream().filter(o -> o instanceof Outcome.Ok).count();
            long rejected = out.stream().filter(o -> o instanceof Outcome.Rejected).count();
            assertEquals(complete, read, "cut at " + cut);
            boolean atBoundary = complete > 0 && ends[complete - 1] == cut;
            assertEquals(atBoundary ? 0 : 1, rejected, "cut at " + cut + ": the partial record is rejected once");
            // A cut inside the first gzip header leaves nothing recognisable: one unrecognised-format reject.
            out.stream().filter(o -> o instanceof Outcome.Rejected).forEach(o -> assertTrue(
                    reject(o).reason().startsWith("warc.") || reject(o).reason().equals(InputSniffer.UNRECOGNISED),
                    reject(o).reason()));
        }
    }

    @Test
    void aTruncatedPlainWarcKeepsEveryCompleteRecord() {
        WarcBytes w = new WarcBytes(false).htmlPage("http://x/1", PAGE);
        int end = w.size();
        w.htmlPage("http://x/2", PAGE);
        byte[] whole = w.bytes();
        for (int cut = end + 1; cut < whole.length; cut += 23) {
            List<Outcome<RawRecord>> out = InMemoryChannel.readAll(Arrays.copyOf(whole, cut), OPTIONS);
            assertEquals(2, out.size(), "cut at " + cut + ": " + out);
            assertEquals("http://x/1", ok(out.get(0)).uri());
            assertEquals(end, reject(out.get(1)).source().offset());
        }
    }
}
