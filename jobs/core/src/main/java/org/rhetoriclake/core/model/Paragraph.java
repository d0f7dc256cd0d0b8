package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * One block of article text in reading order.
 *
 * @param index 0-based position among the article's paragraphs (subheadings counted, byline and captions not)
 * @param kind  body text or subheading
 * @param text  the text, whitespace runs folded to one space and trimmed
 */
public record Paragraph(int index, ParagraphKind kind, String text) {
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
