package org.rhetoriclake.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

/**
 * Reads a file that holds one record (a dump file, a saved HTML page) into a {@link RawRecord}. The file is
 * read up to a byte cap: a larger file is rejected rather than held in memory, and an unreadable one is
 * rejected with the I/O error, so one bad file never stops the run.
 */
public final class WholeFileReader {
    public static final String TOO_LARGE = "ingest.record_too_large";
    public static final String EMPTY_FILE = "ingest.empty_file";
    public static final String IO_ERROR = "ingest.io_error";

    private final long maxRecordBytes;

    public WholeFileReader(long maxRecordBytes) {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be > 0");
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * @param file   the file's name as it should appear in provenance columns and rejects
     * @param in     the file's bytes; not closed here
     * @param format what the file holds (decides which parser gets the record)
     */
    public Outcome<RawRecord> read(String file, InputStream in, InputFormat format) {
        Objects.requireNonNull(format, "format");
        SourceRef source = SourceRef.ofFile(file);
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
            if (bytes.length > maxRecordBytes) {
                return Outcome.rejected(new Reject(Reject.Stage.INGEST, TOO_LARGE,
                        "file is larger than rhetoric.input.maxRecordBytes=" + maxRecordBytes, source,
                        new String(bytes, 0, 200, StandardCharsets.UTF_8)));
            }
            if (bytes.length == 0) {
                return Outcome.rejected(new Reject(Reject.Stage.INGEST, EMPTY_FILE, "the file is empty", source, ""));
            }
            return Outcome.ok(new RawRecord(source, format, null, null, Map.of(), bytes));
        } catch (IOException e) {
            return Outcome.rejected(new Reject(Reject.Stage.INGEST, IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), source, ""));
        }
    }
}
