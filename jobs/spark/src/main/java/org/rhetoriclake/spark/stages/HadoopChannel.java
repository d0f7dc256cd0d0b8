package org.rhetoriclake.spark.stages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A read-only {@link SeekableByteChannel} over a file on any Hadoop file system (local, HDFS, S3A, …), so
 * core's readers, which know nothing of Hadoop, can stream and seek in it: the WARC reader seeks past a
 * corrupt record to the next one.
 */
final class HadoopChannel implements SeekableByteChannel {
    private static final int COPY_CHUNK = 64 * 1024;

    private final FSDataInputStream in;
    private final long size;
    private byte[] copy = new byte[0];
    private boolean open = true;

    private HadoopChannel(FSDataInputStream in, long size) {
        this.in = in;
        this.size = size;
    }

    static HadoopChannel open(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        long size = fs.getFileStatus(path).getLen();
        return new HadoopChannel(fs.open(path), size);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        int want = Math.min(dst.remaining(), COPY_CHUNK);
        if (want == 0) {
            return 0;
        }
        if (copy.length < want) {
            copy = new byte[want];
        }
        int n = in.read(copy, 0, want);
        if (n > 0) {
            dst.put(copy, 0, n);
        }
        return n;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return in.getPos();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        // Hadoop streams refuse to seek past the end; a channel positioned there simply reads EOF.
        in.seek(Math.min(newPosition, size));
        return this;
    }

    /** The file's length, known from its status when opened, open or closed. */
    long length() {
        return size;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            in.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
