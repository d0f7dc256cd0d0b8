package org.rhetoriclake.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

/**
 * Opens one input file as a {@link RecordStream}: sniffs its format from the first bytes
 * ({@link InputSniffer}) and hands it to the WARC reader or reads it as one record. Takes a seekable channel
 * so the WARC reader can skip past a corrupt record; the Spark adapter wraps a Hadoop stream in one.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** @param channel the file, positioned at 0; the returned stream owns and closes it */
    public static RecordStream open(String file, SeekableByteChannel channel, ReadOptions options) {
        byte[] head;
        try {
            head = readHead(channel);
            channel.position(0);
        } catch (IOException e) {
            closeQuietly(channel);
            return single(Outcome.rejected(new Reject(Reject.Stage.INGEST, WholeFileReader.IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), SourceRef.ofFile(file), "")));
        }
        if (head.length == 0) {
            closeQuietly(channel);
            return single(Outcome.rejected(new Reject(Reject.Stage.INGEST, WholeFileReader.EMPTY_FILE,
                    "the file is empty", SourceRef.ofFile(file), "")));
        }
        Optional<InputFormat> format = InputSniffer.sniff(head);
        if (format.isEmpty()) {
            closeQuietly(channel);
            return single(Outcome.rejected(new Reject(Reject.Stage.INGEST, InputSniffer.UNRECOGNISED,
                    "not a WARC/ARC file, a dump file or an HTML page (judged from the first "
                            + head.length + " bytes)", SourceRef.ofFile(file), printable(head))));
        }
        if (format.get() == InputFormat.WARC) {
            return new WarcRecordStream(file, channel, options);
        }
        Outcome<RawRecord> record;
        try (InputStream in = Channels.newInputStream(channel)) {
            record = new WholeFileReader(options.maxRecordBytes()).read(file, in, format.get());
        } catch (IOException e) {
            record = Outcome.rejected(new Reject(Reject.Stage.INGEST, WholeFileReader.IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), SourceRef.ofFile(file), ""));
        }
        return single(record);
    }

    private static byte[] readHead(SeekableByteChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(InputSniffer.HEAD_BYTES);
        while (buf.hasRemaining() && channel.read(buf) >= 0) {
            // keep reading: a channel may return short reads
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }

    static String printable(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, Reject.SNIPPET_CHARS), StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0 ? '.' : c);
        }
        return out.toString();
    }

    private static void closeQuietly(SeekableByteChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was kept open
        }
    }

    /** A stream of the one outcome of a file that could not even be opened. */
    public static RecordStream failed(Outcome<RawRecord> outcome) {
        return single(outcome);
    }

    private static RecordStream single(Outcome<RawRecord> outcome) {
        return new RecordStream() {
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Outcome<RawRecord> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                done = true;
                return outcome;
            }

            @Override
            public void close() {
            }
        };
    }
}
