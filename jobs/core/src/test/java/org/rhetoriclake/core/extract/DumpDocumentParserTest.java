package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

class DumpDocumentParserTest {
    private static final SourceRef SOURCE = SourceRef.ofFile("/in/test.txt");
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private final DumpDocumentParser parser = new DumpDocumentParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private Outcome<DumpDocument> parse(byte[] bytes) {
        return parser.parse(new RawRecord(SOURCE, InputFormat.DUMP, null, null, Map.of(), bytes));
    }

    private DumpDocument ok(String text) {
        Outcome<DumpDocument> o = parse(utf8(text));
        return (DumpDocument) assertInstanceOf(Outcome.Ok.class, o, () -> o.toString()).value();
    }

    private Reject rejected(byte[] bytes, String reason) {
        Outcome<DumpDocument> o = parse(bytes);
        Reject r = assertInstanceOf(Outcome.Rejected.class, o, () -> o.toString()).reject();
        assertEquals(reason, r.reason(), r::toString);
        assertEquals(Reject.Stage.INGEST, r.stage());
        assertEquals(SOURCE, r.source());
        assertTrue(!r.detail().isBlank(), "a human detail");
        return r;
    }

    private Reject rejected(String text, String reason) {
        return rejected(utf8(text), reason);
    }

    @Test
    void readsTheFourParts() {
        DumpDocument d = ok("<!--1699551000000-->\n[标题](https://example.com/a.html)\n------\n\n<p>正文</p>\n<p>二</p>\n");
        assertEquals(Instant.parse("2023-11-09T17:30:00Z"), d.publishedAt());
        assertEquals("标题", d.title());
        assertEquals("https://example.com/a.html", d.url());
        assertEquals("<p>正文</p>\n<p>二</p>", d.htmlFragment());
    }

    @Test
    void toleratesBomCrlfLeadingBlankLinesAndNoBlankLineAfterDashes() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Outcome<DumpDocument> o = parse(concat(bom,
                utf8("\r\n  \r\n<!-- 1699551000000 -->\r\n[标题](https://example.com/a)\r\n---\r\n<p>正文</p>\r\n")));
        DumpDocument d = (DumpDocument) assertInstanceOf(Outcome.Ok.class, o, () -> o.toString()).value();
        assertEquals(Instant.ofEpochMilli(1699551000000L), d.publishedAt());
        assertEquals("标题", d.title());
        assertEquals("https://example.com/a", d.url());
        assertEquals("<p>正文</p>", d.htmlFragment());
    }

    @Test
    void titleMayHoldQuotesBracketsAndParentheses() {
        DumpDocument d = ok("<!--1699551000000-->\n[「习」说[重要](讲话)"
                + "\"好\"](https://en.wikipedia.org/wiki/Foo_(bar))\n---\n<p>x</p>");
        assertEquals("「习」说[重要](讲话)\"好\"", d.title());
        assertEquals("https://en.wikipedia.org/wiki/Foo_(bar)", d.url());
    }

    @Test
    void emptyUrlMeansNoUrl() {
        assertNull(ok("<!--1699551000000-->\n[标题]()\n---\n<p>x</p>").url());
    }

    @Test
    void emptyRecord() {
        rejected(new byte[0], DumpDocumentParser.EMPTY);
        rejected(" \n\r\n\t\n", DumpDocumentParser.EMPTY);
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        rejected(bomOnly, DumpDocumentParser.EMPTY);
    }

    @Test
    void invalidUtf8IsReportedNotReplaced() {
        byte[] bytes = concat(utf8("<!--1699551000000-->\n[标题"), new byte[] {(byte) 0xFF, (byte) 0xFE},
                utf8("](https://example.com/a)\n---\n<p>x</p>"));
        Reject r = rejected(bytes, DumpDocumentParser.INVALID_UTF8);
        int offset = utf8("<!--1699551000000-->\n[标题").length;
        assertTrue(r.detail().contains("byte offset " + offset), r.detail());
        assertTrue(r.detail().contains("line 2"), r.detail());
        assertEquals("[标题\\xFF", r.snippet());
    }

    @Test
    void gbkBytesAreNotUtf8() {
        // "中文" in GBK: D6 D0 CE C4, a common mis-saved dump.
        byte[] gbk = {(byte) 0xD6, (byte) 0xD0, (byte) 0xCE, (byte) 0xC4};
        rejected(concat(utf8("<!--1699551000000-->\n[t](https://example.com/)\n---\n<p>"), gbk, utf8("</p>")),
                DumpDocumentParser.INVALID_UTF8);
    }

    @Test
    void truncatedSequenceAtTheEndIsInvalid() {
        byte[] cut = {(byte) 0xE4, (byte) 0xB8}; // first two bytes of 中
        Reject r = rejected(concat(utf8("<!--1699551000000-->\n[t](https://example.com/)\n---\n<p>"), cut),
                DumpDocumentParser.INVALID_UTF8);
        assertTrue(r.snippet().startsWith("<p>\\xE4"), r.snippet());
    }

    @Test
    void missingEpochLine() {
        Reject r = rejected("[标题](https://example.com/a)\n---\n<p>x</p>", DumpDocumentParser.MISSING_EPOCH_LINE);
        assertEquals("[标题](https://example.com/a)", r.snippet());
        rejected("<p>only html</p>", DumpDocumentParser.MISSING_EPOCH_LINE);
    }

    @Test
    void badEpoch() {
        Reject r = rejected("<!--yesterday-->\n[t](https://example.com/)\n---\n<p>x</p>", DumpDocumentParser.BAD_EPOCH);
        assertEquals("<!--yesterday-->", r.snippet());
        rejected("<!--1699551000000\n[t](https://example.com/)\n---\n<p>x</p>", DumpDocumentParser.BAD_EPOCH);
        rejected("<!--99999999999999999999-->\n[t](https://example.com/)\n---\n<p>x</p>", DumpDocumentParser.BAD_EPOCH);
        rejected("<!--1699551000000.5-->\n[t](https://example.com/)\n---\n<p>x</p>", DumpDocumentParser.BAD_EPOCH);
        rejected("<!---->\n[t](https://example.com/)\n---\n<p>x</p>", DumpDocumentParser.BAD_EPOCH);
    }

    @Test
    void implausibleDates() {
        Reject seconds = rejected("<!--1699551000-->\n[t](https://example.com/)\n---\n<p>x</p>",
                DumpDocumentParser.IMPLAUSIBLE_DATE);
        assertTrue(seconds.detail().contains("seconds"), seconds.detail());
        long before1990 = Instant.parse("1989-12-31T23:59:59Z").toEpochMilli();
        rejected("<!--" + before1990 + "-->\n[t](https://example.com/)\n---\n<p>x</p>",
                DumpDocumentParser.IMPLAUSIBLE_DATE);
        long twoDaysAhead = NOW.plusSeconds(2 * 86_400).toEpochMilli();
        rejected("<!--" + twoDaysAhead + "-->\n[t](https://example.com/)\n---\n<p>x</p>",
                DumpDocumentParser.IMPLAUSIBLE_DATE);
        rejected("<!---5-->\n[t](https://example.com/)\n---\n<p>x</p>", DumpDocumentParser.IMPLAUSIBLE_DATE);
        // The bounds themselves are accepted.
        ok("<!--" + DumpDocumentParser.EARLIEST.toEpochMilli() + "-->\n[t](https://example.com/)\n---\n<p>x</p>");
        ok("<!--" + NOW.plusSeconds(86_400).toEpochMilli() + "-->\n[t](https://example.com/)\n---\n<p>x</p>");
    }

    @Test
    void badTitleLine() {
        Reject r = rejected("<!--1699551000000-->\n标题 https://example.com/a\n---\n<p>x</p>",
                DumpDocumentParser.BAD_TITLE_LINE);
        assertEquals("标题 https://example.com/a", r.snippet());
        rejected("<!--1699551000000-->\n[标题]\n---\n<p>x</p>", DumpDocumentParser.BAD_TITLE_LINE);
        rejected("<!--1699551000000-->\n[标题](https://example.com/a\n---\n<p>x</p>", DumpDocumentParser.BAD_TITLE_LINE);
        rejected("<!--1699551000000-->\n[  ](https://example.com/a)\n---\n<p>x</p>", DumpDocumentParser.BAD_TITLE_LINE);
        rejected("<!--1699551000000-->\n\n[标题](https://example.com/a)\n---\n<p>x</p>",
                DumpDocumentParser.BAD_TITLE_LINE);
        rejected("<!--1699551000000-->", DumpDocumentParser.BAD_TITLE_LINE);
    }

    @Test
    void badUrl() {
        Reject r = rejected("<!--1699551000000-->\n[标题](not a url)\n---\n<p>x</p>", DumpDocumentParser.BAD_URL);
        assertEquals("[标题](not a url)", r.snippet());
        rejected("<!--1699551000000-->\n[标题](/relative/path.html)\n---\n<p>x</p>", DumpDocumentParser.BAD_URL);
        rejected("<!--1699551000000-->\n[标题](ftp://example.com/a)\n---\n<p>x</p>", DumpDocumentParser.BAD_URL);
    }

    @Test
    void missingSeparator() {
        Reject r = rejected("<!--1699551000000-->\n[标题](https://example.com/a)\n<p>x</p>",
                DumpDocumentParser.MISSING_SEPARATOR);
        assertEquals("<p>x</p>", r.snippet());
        rejected("<!--1699551000000-->\n[标题](https://example.com/a)\n--\n<p>x</p>",
                DumpDocumentParser.MISSING_SEPARATOR);
        rejected("<!--1699551000000-->\n[标题](https://example.com/a)\n===\n<p>x</p>",
                DumpDocumentParser.MISSING_SEPARATOR);
        rejected("<!--1699551000000-->\n[标题](https://example.com/a)", DumpDocumentParser.MISSING_SEPARATOR);
    }

    @Test
    void longOffendingLinesAreClippedInTheSnippet() {
        String line = "x".repeat(5000);
        Reject r = rejected(line + "\n", DumpDocumentParser.MISSING_EPOCH_LINE);
        assertEquals(Reject.SNIPPET_CHARS, r.snippet().length());
    }
}
