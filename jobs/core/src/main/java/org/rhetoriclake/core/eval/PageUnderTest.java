package org.rhetoriclake.core.eval;

import java.nio.file.Path;

/** The extractor being evaluated: reads one page file (raw bytes, its own charset detection) and extracts it. */
@FunctionalInterface
public interface PageUnderTest {
    /** Extracts {@code htmlFile}; an exception is recorded on the page's row and counts as a miss. */
    PageExtraction extract(Path htmlFile) throws Exception;
}
