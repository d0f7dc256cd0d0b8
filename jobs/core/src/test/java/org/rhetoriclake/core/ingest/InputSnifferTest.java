package org.rhetoriclake.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rhetoriclake.core.ingest.WarcBytes.utf8;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;

class InputSnifferTest {

    @Test
    void warcPlainAndCompressedAndArc() {
        byte[] warc = new WarcBytes(false).htmlPage("http://x/", "<p>x</p>").bytes();
        assertEquals(Optional.of(InputFormat.WARC), InputSniffer.sniff(warc));
        assertEquals(Optional.of(InputFormat.WARC), InputSniffer.sniff(new WarcBytes(true).htmlPage("http://x/", "<p>x</p>").bytes()));
        assertEquals(Optional.of(InputFormat.WARC), InputSniffer.sniff(utf8("filedesc://x.arc 0.0.0.0 20140216050221 text/plain 75\n")));
    }

    @Test
    void dumpByItsEpochLineAndHtmlByItsMarkupWhateverTheCharset() {
        assertEquals(Optional.of(InputFormat.DUMP), InputSniffer.sniff(utf8("<!--1699999999000-->\n[标题](https://x/)\n---\n<p>正文</p>")));
        assertEquals(Optional.of(InputFormat.DUMP), InputSniffer.sniff(utf8("<!--yesterday-->\n[标题](https://x/)\n---\n<p>正文</p>")),
                "a dump with a broken epoch is still a dump, so its reject says why");
        assertEquals(Optional.of(InputFormat.HTML), InputSniffer.sniff(utf8("\uFEFF<!DOCTYPE html><html><head>")));
        assertEquals(Optional.of(InputFormat.HTML), InputSniffer.sniff("<html><meta charset=gbk><p>中文</p>".getBytes(Charset.forName("GBK"))));
        assertEquals(Optional.of(InputFormat.HTML), InputSniffer.sniff("<html><p>中文</p>".getBytes(Charset.forName("UTF-16"))));
        assertEquals(Optional.of(InputFormat.HTML), InputSniffer.sniff(utf8("<!-- saved page --><div class=a><p>正文</p></div>")));
    }

    @Test
    void binaryOrPlainTextOrOtherGzipIsNotGuessedAt() {
        assertEquals(Optional.empty(), InputSniffer.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertEquals(Optional.empty(), InputSniffer.sniff(utf8("just a line of text, no markup\n")));
        assertEquals(Optional.empty(), InputSniffer.sniff(WarcBytes.gzipped(utf8("<html><p>x</p></html>"))));
    }

    @Test
    void anUnrecognisedFileIsOneRejectNamingTheFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        var out = InMemoryChannel.readAll(png, new ReadOptions(1024, false));
        assertEquals(1, out.size());
        var r = ((Outcome.Rejected<RawRecord>) out.get(0)).reject();
        assertEquals(InputSniffer.UNRECOGNISED, r.reason());
        assertEquals("/in/test.warc", r.source().file());
        assertEquals(0L, r.source().offset());
    }

    @Test
    void aSavedPageIsOneHtmlRecord() {
        var out = InMemoryChannel.readAll(utf8("<html><body><p>正文</p></body></html>"), new ReadOptions(1024, false));
        assertEquals(InputFormat.HTML, ((Outcome.Ok<RawRecord>) out.get(0)).value().format());
    }
}
