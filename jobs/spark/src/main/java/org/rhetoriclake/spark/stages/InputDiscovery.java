package org.rhetoriclake.spark.stages;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the user's input paths (files or folders, on any Hadoop file system) into the sorted list of
 * files to read, on the driver. Hidden files ({@code .x}, {@code _x}: editor backups, {@code _SUCCESS}
 * markers) are not inputs and are not counted. A path that does not exist is a usage error, reported
 * before any work starts, not a reject: nothing was read from it.
 */
public final class InputDiscovery {
    private InputDiscovery() {
    }

    /**
     * One input file as listed: its path (as the tables show it), length and modification time. The ledger of
     * processed files compares these three, so a file rewritten in place is read again.
     */
    public record InputFile(String path, long length, long modifiedMillis) implements java.io.Serializable {
    }

    public static List<String> discover(Configuration conf, List<String> inputs) {
        return discoverFiles(conf, inputs).stream().map(InputFile::path).toList();
    }

    /** As {@link #discover}, with each file's length and modification time. */
    public static List<InputFile> discoverFiles(Configuration conf, List<String> inputs) {
        java.util.TreeMap<String, InputFile> files = new java.util.TreeMap<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (status.isFile()) {
                    String d = display(status.getPath());
                    files.put(d, new InputFile(d, status.getLen(), status.getModificationTime()));
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && !hiddenBelow(path, f.getPath())) {
                        String d = display(f.getPath());
                        files.put(d, new InputFile(d, f.getLen(), f.getModificationTime()));
                    }
                }
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("input path does not exist: " + input, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(files.values());
    }

    private static boolean hiddenBelow(Path root, Path file) {
        String rootPath = root.toUri().getPath();
        for (Path p = file; p != null && p.toUri().getPath().length() > rootPath.length(); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Local files are shown as plain absolute paths (what users type); others keep their scheme. */
    static String display(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    /** The Hadoop path for a displayed name. */
    static Path toHadoop(String display) {
        if (!display.startsWith("/")) {
            return new Path(display);
        }
        try {
            // The multi-argument URI constructor escapes spaces and other characters a file name may hold.
            return new Path(new java.net.URI("file", null, display, null));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a usable path: " + display, e);
        }
    }
}
