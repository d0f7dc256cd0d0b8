package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * Where a record came from: the input file and the byte offset of the record inside it
 * (0 for a file that holds one record, the record's start for a WARC file).
 *
 * @param file   the input path as the user gave it, normalised to an absolute URI-like string
 * @param offset byte offset of the record within {@code file}
 * @param recordId the record's own id where the container has one (WARC-Record-ID), else null
 */
public record SourceRef(String file, long offset, String recordId) {
    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0: " + offset);
        }
    }

    public static SourceRef ofFile(String file) {
        return new SourceRef(file, 0L, null);
    }

    @Override
    public String toString() {
        return file + "@" + offset;
    }
}
