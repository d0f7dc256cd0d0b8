/**
 * Readers that turn input files into {@link org.rhetoriclake.core.model.RawRecord}s, with provenance
 * (file, offset) and byte caps, returning rejections instead of throwing. They read from an
 * {@link java.io.InputStream} so the Spark adapter can open files on any Hadoop file system.
 */
package org.rhetoriclake.core.ingest;
