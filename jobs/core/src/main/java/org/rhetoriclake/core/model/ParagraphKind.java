package org.rhetoriclake.core.model;

/** What a block of article text is. Captions are kept apart from paragraphs, so they are not a kind here. */
public enum ParagraphKind {
    /** Running text of the article. */
    BODY,
    /** An in-text heading (often in headline style, {@code 美媒：…}); never a quotation. */
    SUBHEADING
}
