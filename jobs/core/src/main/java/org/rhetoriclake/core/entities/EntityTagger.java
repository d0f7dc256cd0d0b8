package org.rhetoriclake.core.entities;

import java.util.List;

/**
 * Finds named-entity spans in one paragraph of text. Implemented by the CoreNLP adapter in
 * {@code jobs/nlp}; core code depends only on this interface so it stays free of model weights.
 * Implementations must be thread-safe: Spark runs several tasks in one JVM.
 */
public interface EntityTagger {

    /** Spans in {@code text}, offsets into {@code text}, in order of start. */
    List<TaggedSpan> tag(String text);

    /** One span as the tagger labelled it. */
    record TaggedSpan(int start, int end, String text, String label) {
    }
}
