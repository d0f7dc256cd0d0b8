package org.rhetoriclake.core.ingest;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;

/** A read-only seekable channel over a byte array, and a helper that drains a file's outcomes. */
final class InMemoryChannel implements SeekableByteChannel {
    private final byte[] data;
    private long position;
    private boolean open = true;

    InMemoryChannel(byte[] data) {
        this.data = data;
    }

    static List<Outcome<RawRecord>> readAll(byte[] file, ReadOptions options) {
        List<Outcome<RawRecord>> out = new ArrayList<>();
        try (RecordStream s = InputFiles.open("/in/test.warc", new InMemoryChannel(file), options)) {
            s.forEachRemaining(out::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public int read(ByteBuffer dst) {
        if (position >= data.length) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), data.length - position);
        dst.put(data, (int) position, n);
        position += n;
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long p) {
        position = p;
        return this;
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
