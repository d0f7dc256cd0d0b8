package org.rhetoriclake.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Inline bytes made with the JDK's encoders: precedence, BOMs, lies, missing declarations, broken bytes. */
class HtmlDecoderTest {

    private static final HtmlDecoder DECODER = new HtmlDecoder();

    /** Written for these tests. */
    static final String HANS = "外交部发言人在例行记者会上表示，中方愿同各方一道，推动地区局势缓和，维护和平与稳定。"
            + "她说，有关国家应当停止干涉别国内政，回到对话协商的正确道路上来。";
    static final String HANT = "外交部發言人在例行記者會上表示，中方願同各方一道，推動地區局勢緩和，維護和平與穩定。"
            + "她說，有關國家應當停止干涉別國內政，回到對話協商的正確道路上來。";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private static String page(String head, String body) {
        return "<!DOCTYPE html>\n<html><head>" + head + "<title>news</title></head>\n<body><p>" + body
                + "</p></body></html>\n";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void headerBeatsMeta() {
        String html = page("<meta charset=\"windows-1252\">", HANS);
        DecodedPage p = DECODER.decode(html.getBytes(GB18030), "text/html; charset=GBK");
        assertEquals(html, p.text());
        assertEquals("GB18030", p.charsetUsed());
        assertEquals(DecidedBy.HEADER, p.decidedBy());
        assertEquals("gbk", p.charsetDeclared());
        assertEquals(DeclaredBy.HTTP_HEADER, p.declaredBy());
        assertEquals(0, p.malformedSequences());
    }

    @Test
    void metaWhenNoHeader() {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", HANS);
        DecodedPage p = DECODER.decode(html.getBytes(GB18030), null);
        assertEquals(html, p.text());
        assertEquals("GB18030", p.charsetUsed());
        assertEquals(DecidedBy.META, p.decidedBy());
        assertEquals("gb2312", p.charsetDeclared());
        assertEquals(DeclaredBy.META, p.declaredBy());
    }

    @Test
    void headerWithoutCharsetFallsThroughToMeta() {
        String html = page("<meta content='text/html; charset=BIG5' http-equiv='content-type' />", HANT);
        DecodedPage p = DECODER.decode(html.getBytes(BIG5), "text/html");
        assertEquals(html, p.text());
        assertEquals("x-windows-950", p.charsetUsed());
        assertEquals(DecidedBy.META, p.decidedBy());
        assertEquals("big5", p.charsetDeclared());
    }

    @Test
    void metaInsideACommentIsNotADeclaration() {
        String html = page("<!-- <meta charset=\"big5\"> --><meta charset=\"gbk\">", HANS);
        assertEquals(List.of("gbk"), HtmlDecoder.prescan(html.getBytes(GB18030)));
    }

    @Test
    void xmlDeclarationOfAFeed() {
        String xml = "<?xml version=\"1.0\" encoding=\"BIG5\"?>\n<rss><channel><title>" + HANT
                + "</title></channel></rss>\n";
        DecodedPage p = DECODER.decode(xml.getBytes(BIG5), null);
        assertEquals(xml, p.text());
        assertEquals("big5", p.charsetDeclared());
        assertEquals(DeclaredBy.META, p.declaredBy());
        assertEquals(DecidedBy.META, p.decidedBy());
    }

    @Test
    void utf8BomIsStrippedAndDecides() {
        String html = page("", HANS);
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, html.getBytes(StandardCharsets.UTF_8));
        DecodedPage p = DECODER.decode(bytes, null);
        assertEquals(html, p.text());
        assertEquals("UTF-8", p.charsetUsed());
        assertEquals(DecidedBy.BOM, p.decidedBy());
        assertEquals(DeclaredBy.BOM, p.declaredBy());
        assertEquals("utf-8", p.charsetDeclared());
    }

    @Test
    void utf16BomsBothWays() {
        String html = page("<meta charset=\"gb2312\">", HANT);
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, html.getBytes(StandardCharsets.UTF_16BE));
        DecodedPage pl = DECODER.decode(le, null);
        DecodedPage pb = DECODER.decode(be, null);
        assertEquals(html, pl.text());
        assertEquals("UTF-16LE", pl.charsetUsed());
        assertEquals(html, pb.text());
        assertEquals("UTF-16BE", pb.charsetUsed());
        assertEquals(DecidedBy.BOM, pb.decidedBy());
    }

    @Test
    void bomBeatsAContradictingHeader() {
        String html = page("", HANS);
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, html.getBytes(StandardCharsets.UTF_8));
        DecodedPage p = DECODER.decode(bytes, "text/html; charset=iso-8859-1");
        assertEquals(html, p.text());
        assertEquals(DecidedBy.BOM, p.decidedBy());
        assertEquals("iso-8859-1", p.charsetDeclared());
        assertEquals(DeclaredBy.HTTP_HEADER, p.declaredBy());
    }

    @Test
    void utf8BytesUnderAGb2312HeaderAreUtf8() {
        String html = page("<meta charset=\"gb2312\">", HANS);
        DecodedPage p = DECODER.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=gb2312");
        assertEquals(html, p.text());
        assertEquals("UTF-8", p.charsetUsed());
        assertEquals(DecidedBy.UTF8_OVERRIDE, p.decidedBy());
        assertEquals("gb2312", p.charsetDeclared());
        assertEquals(DeclaredBy.HTTP_HEADER, p.declaredBy());
    }

    @Test
    void chineseBytesUnderALatin1HeaderAreDetected() {
        String html = page("", HANS + HANS);
        DecodedPage gb = DECODER.decode(html.getBytes(GB18030), "text/html; charset=ISO-8859-1");
        assertEquals(html, gb.text());
        assertEquals("GB18030", gb.charsetUsed());
        assertEquals(DecidedBy.DETECTED, gb.decidedBy());
        assertEquals("iso-8859-1", gb.charsetDeclared());

        String trad = page("", HANT + HANT);
        DecodedPage b5 = DECODER.decode(trad.getBytes(BIG5), "text/html; charset=iso-8859-1");
        assertEquals(trad, b5.text());
        assertEquals("x-windows-950", b5.charsetUsed());
    }

    @Test
    void latinTextUnderALatin1HeaderStaysLatin() {
        String html = page("", "Le ministère des Affaires étrangères a déclaré qu'il suivait la situation de près. "
                + "Die Außenministerin äußerte sich später. A declaração foi publicada às três horas.");
        DecodedPage p = DECODER.decode(html.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=iso-8859-1");
        assertEquals(html, p.text());
        assertEquals("windows-1252", p.charsetUsed());
        assertEquals(DecidedBy.HEADER, p.decidedBy());
    }

    @Test
    void big5LabelOnGbBytesAndGbLabelOnBig5Bytes() {
        String hans = page("<meta charset=\"big5\">", HANS + HANS);
        DecodedPage p = DECODER.decode(hans.getBytes(GB18030), null);
        assertEquals(hans, p.text());
        assertEquals("GB18030", p.charsetUsed());
        assertEquals(DecidedBy.DETECTED, p.decidedBy());

        String hant = page("<meta charset=\"gb2312\">", HANT + HANT);
        DecodedPage q = DECODER.decode(hant.getBytes(BIG5), null);
        assertEquals(hant, q.text());
        assertEquals("x-windows-950", q.charsetUsed());
        assertEquals(DecidedBy.DETECTED, q.decidedBy());
    }

    @Test
    void undeclaredBytesAreDetected() {
        String hans = page("", HANS);
        String hant = page("", HANT);
        DecodedPage gb = DECODER.decode(hans.getBytes(GB18030), null);
        DecodedPage b5 = DECODER.decode(hant.getBytes(BIG5), null);
        DecodedPage u8 = DECODER.decode(hant.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(hans, gb.text());
        assertEquals("GB18030", gb.charsetUsed());
        assertEquals(hant, b5.text());
        assertEquals("x-windows-950", b5.charsetUsed());
        assertEquals(hant, u8.text());
        assertEquals("UTF-8", u8.charsetUsed());
        for (DecodedPage p : List.of(gb, b5, u8)) {
            assertEquals(DecidedBy.DETECTED, p.decidedBy());
            assertEquals(DeclaredBy.NONE, p.declaredBy());
            assertNull(p.charsetDeclared());
            assertEquals(0, p.malformedSequences());
        }
    }

    @Test
    void undeclaredBig5AfterALongAsciiHead() {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            head.append("<li class=\"nav\"><a href=\"/section/").append(i).append("\">Section ").append(i)
                    .append(" news and more</a></li>\n");
        }
        String hant = page(head.toString(), HANT);
        DecodedPage p = DECODER.decode(hant.getBytes(BIG5), null);
        assertEquals(hant, p.text());
        assertEquals("x-windows-950", p.charsetUsed());
        assertEquals(DecidedBy.DETECTED, p.decidedBy());
    }

    @Test
    void aChineseHeadlineInAnEnglishPageIsNotReadAsLatin1() {
        String html = page("", "<h1>外交部发言人答记者问</h1>" + "The ministry spokesperson answered questions from"
                + " reporters at the regular press conference on Tuesday afternoon. ".repeat(20));
        DecodedPage p = DECODER.decode(html.getBytes(GB18030), null);
        assertEquals(html, p.text());
        assertEquals("GB18030", p.charsetUsed());
    }

    @Test
    void utf16HeaderOverUtf8BytesIsNotBelieved() {
        String html = page("", HANS);
        DecodedPage p = DECODER.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-16");
        assertEquals(html, p.text());
        assertEquals("UTF-8", p.charsetUsed());
        assertEquals(DecidedBy.DETECTED, p.decidedBy());
    }

    @Test
    void pureAsciiIsUtf8() {
        DecodedPage p = DECODER.decode(page("", "plain text").getBytes(StandardCharsets.US_ASCII), null);
        assertEquals("UTF-8", p.charsetUsed());
        assertEquals(0, p.malformedSequences());
    }

    @Test
    void emptyInput() {
        DecodedPage p = DECODER.decode(new byte[0], null);
        assertEquals("", p.text());
        assertEquals(0, p.malformedSequences());
    }

    @Test
    void unknownAndIllegalLabelsAreReportedButIgnored() {
        String html = page("<meta charset=\"x-no-such-charset\"><meta charset=\"gbk\">", HANS);
        DecodedPage p = DECODER.decode(html.getBytes(GB18030), "text/html; charset=\"@@ bogus\"");
        assertEquals(html, p.text());
        assertEquals("@@ bogus", p.charsetDeclared());
        assertEquals(DeclaredBy.HTTP_HEADER, p.declaredBy());
        assertEquals("GB18030", p.charsetUsed());
        assertEquals(DecidedBy.META, p.decidedBy(), "the first usable meta declaration decides");

        DecodedPage q = DECODER.decode(page("<meta charset=\"x-no-such-charset\">", HANS).getBytes(GB18030), null);
        assertEquals("x-no-such-charset", q.charsetDeclared());
        assertEquals(DeclaredBy.META, q.declaredBy());
        assertEquals("GB18030", q.charsetUsed());
        assertEquals(DecidedBy.DETECTED, q.decidedBy());
    }

    @Test
    void invalidUtf8BytesAreCountedNotThrown() {
        String before = page("<meta charset=\"utf-8\">", HANS);
        byte[] good = before.getBytes(StandardCharsets.UTF_8);
        int at = good.length / 2;
        while ((good[at] & 0xC0) == 0x80) {
            at++; // cut at a character boundary
        }
        byte[] bad = concat(concat(java.util.Arrays.copyOfRange(good, 0, at), new byte[]{(byte) 0xFF, (byte) 0xC3}),
                java.util.Arrays.copyOfRange(good, at, good.length));
        DecodedPage p = DECODER.decode(bad, null);
        assertEquals("UTF-8", p.charsetUsed());
        assertEquals(DecidedBy.META, p.decidedBy(), "a damaged UTF-8 page is still the UTF-8 it declares");
        assertEquals(2, p.malformedSequences());
        assertEquals(before.substring(0, new String(good, 0, at, StandardCharsets.UTF_8).length()) + "\uFFFD\uFFFD"
                + new String(good, at, good.length - at, StandardCharsets.UTF_8), p.text());
    }

    @Test
    void invalidGbBytesAreCountedAndTheRestDecoded() {
        String html = page("<meta charset=\"gb2312\">", HANS + HANS);
        byte[] good = html.getBytes(GB18030);
        byte[] bad = good.clone();
        int lead = -1; // the first two-byte character
        for (int i = 0; i < bad.length; i++) {
            if (bad[i] < 0) {
                lead = i;
                break;
            }
        }
        bad[lead + 1] = (byte) 0x7F; // not a GB18030 trail byte
        DecodedPage p = DECODER.decode(bad, null);
        assertEquals("GB18030", p.charsetUsed());
        assertEquals(DecidedBy.META, p.decidedBy());
        assertEquals(1, p.malformedSequences());
        assertTrue(p.text().contains("\uFFFD"));
        assertTrue(p.text().contains(HANS.substring(1)), "everything after the damaged character survives");
    }

    @Test
    void garbageNeverThrows() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            for (String header : new String[]{null, "text/html; charset=utf-8", "text/html; charset=big5", "x"}) {
                DecodedPage p = DECODER.decode(bytes, header);
                assertTrue(p.malformedSequences() >= 0);
            }
        }
    }

    @Test
    void contentTypeParsing() {
        assertEquals("gbk", HtmlDecoder.charsetParameter("text/html; charset=\"GBK\""));
        assertEquals("utf-8", HtmlDecoder.charsetParameter("text/html;charset=UTF-8; foo=bar"));
        assertEquals("big5", HtmlDecoder.charsetParameter("text/html; Charset = 'Big5'"));
        assertNull(HtmlDecoder.charsetParameter("text/html"));
        assertNull(HtmlDecoder.charsetParameter("text/html; charset="));
        assertNull(HtmlDecoder.charsetParameter(null));
        assertFalse(HtmlDecoder.prescan("<p>charset=gbk</p>".getBytes(StandardCharsets.US_ASCII)).contains("gbk"),
                "only meta tags and the XML declaration declare");
    }

    @Test
    void decidedByLabels() {
        assertEquals("utf8_override", DecidedBy.UTF8_OVERRIDE.label());
        assertEquals("detected", DecidedBy.DETECTED.label());
    }

    @Test
    void theUtf8ScanAcceptsOnlyWellFormedMultiByteText() {
        assertTrue(HtmlDecoder.isUtf8WithMultiByte("外交部 says 𠀀".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(HtmlDecoder.isUtf8WithMultiByte("plain ascii".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertFalse(HtmlDecoder.isUtf8WithMultiByte("外交部发言人".getBytes(java.nio.charset.Charset.forName("GB18030"))));
        assertFalse(HtmlDecoder.isUtf8WithMultiByte(new byte[] {'a', (byte) 0xe5, (byte) 0xa4}), "cut mid-sequence");
        assertFalse(HtmlDecoder.isUtf8WithMultiByte(new byte[] {(byte) 0xc0, (byte) 0x80}), "overlong");
        assertFalse(HtmlDecoder.isUtf8WithMultiByte(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}), "surrogate");
    }
}
