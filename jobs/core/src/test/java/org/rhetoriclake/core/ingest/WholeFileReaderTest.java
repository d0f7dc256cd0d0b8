package org.rhetoriclake.core.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;

class WholeFileReaderTest {

    @Test
    void readsWholeFileWithProvenance() {
        byte[] bytes = "<!--1-->\n[t](http://x)\n---\n<p>正文</p>".getBytes(StandardCharsets.UTF_8);
        Outcome<RawRecord> o = new WholeFileReader(1024).read("/in/a.txt", new ByteArrayInputStream(bytes), InputFormat.DUMP);
        RawRecord r = assertInstanceOf(Outcome.Ok.class, o).value() instanceof RawRecord rr ? rr : null;
        assertArrayEquals(bytes, r.content());
        assertEquals("/in/a.txt", r.source().file());
        assertEquals(0L, r.source().offset());
    }

    @Test
    void fileOverTheCapIsRejectedNotLoaded() {
        byte[] bytes = new byte[2048];
        Outcome<RawRecord> o = new WholeFileReader(1024).read("/in/big.txt", new ByteArrayInputStream(bytes), InputFormat.DUMP);
        assertEquals("ingest.record_too_large", assertInstanceOf(Outcome.Rejected.class, o).reject().reason());
    }

    @Test
    void emptyFileIsRejected() {
        Outcome<RawRecord> o = new WholeFileReader(1024).read("/in/e.txt", new ByteArrayInputStream(new byte[0]), InputFormat.DUMP);
        assertEquals("ingest.empty_file", assertInstanceOf(Outcome.Rejected.class, o).reject().reason());
    }

    @Test
    void ioErrorBecomesAReject() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk went away");
            }
        };
        Outcome<RawRecord> o = new WholeFileReader(1024).read("/in/x.txt", failing, InputFormat.HTML);
        var reject = assertInstanceOf(Outcome.Rejected.class, o).reject();
        assertEquals("ingest.io_error", reject.reason());
        assertEquals("/in/x.txt", reject.source().file());
    }
}
