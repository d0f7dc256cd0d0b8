package org.rhetoriclake.core.ingest;

import java.io.Closeable;
import java.util.Iterator;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;

/**
 * The records of one input file, read lazily, one outcome per record: a record to parse, a reasoned skip
 * (a WARC request, a redirect) or a rejection (a corrupt record). Holds at most one record in memory, so a
 * crawl file of any size streams through. Never throws from {@link #next()}: a read error becomes a
 * rejection that names the file and byte offset, and reading goes on where it can.
 */
public interface RecordStream extends Iterator<Outcome<RawRecord>>, Closeable {
}
