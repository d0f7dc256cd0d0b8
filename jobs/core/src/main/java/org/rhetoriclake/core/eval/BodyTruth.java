package org.rhetoriclake.core.eval;

import java.util.Objects;

/**
 * The body a page should yield: its full cleaned text, or only a passage it must contain (some test suites
 * check an extractor with one sentence of the article).
 */
public sealed interface BodyTruth {
    /** The full cleaned body; scored with {@link BodyF1}. */
    record FullText(String text) implements BodyTruth {
        public FullText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A passage the extracted body must contain (blanks ignored); scored as hit or miss. */
    record Contains(String passage) implements BodyTruth {
        public Contains {
            Objects.requireNonNull(passage, "passage");
        }

        /** Whether {@code body} contains the passage, blank characters ignored on both sides. */
        public boolean foundIn(String body) {
            String p = TruthValues.squeeze(passage);
            return !p.isEmpty() && TruthValues.squeeze(body).contains(p);
        }
    }
}
