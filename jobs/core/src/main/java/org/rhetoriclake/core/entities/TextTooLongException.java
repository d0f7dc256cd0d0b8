package org.rhetoriclake.core.entities;

import java.util.Locale;

/**
 * Thrown by an {@link EntityTagger} when a text is longer than it agrees to tag. The CoreNLP Chinese segmenter
 * slows down badly on long inputs, so one runaway paragraph (a table or a whole page flattened into one
 * {@code <p>}) would hold a Spark task for minutes; refusing it is cheaper and visible. Unchecked so the
 * one-method {@link EntityTagger} interface stays as it is; the entities stage catches it and writes a
 * {@link org.rhetoriclake.core.model.Reject} with reason {@link #REASON}, so the article is accounted for and
 * not silently tagged in part.
 *
 * <p>{@link MentionBuilder} rethrows it with the paragraph index filled in ({@link #inParagraph}).
 */
public final class TextTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reject reason code the entities stage uses for this failure. */
    public static final String REASON = "entities.paragraph_too_long";

    private final int length;
    private final int maxLength;
    private final int paragraph;

    /**
     * @param length    length of the refused text, in UTF-16 units ({@link String#length()})
     * @param maxLength the largest length the tagger accepts
     */
    public TextTooLongException(int length, int maxLength) {
        this(length, maxLength, -1);
    }

    private TextTooLongException(int length, int maxLength, int paragraph) {
        super(message(length, maxLength, paragraph));
        this.length = length;
        this.maxLength = maxLength;
        this.paragraph = paragraph;
    }

    private static String message(int length, int maxLength, int paragraph) {
        return String.format(Locale.ROOT, "text of %d chars%s is longer than the tagger's limit of %d chars",
                length, paragraph >= 0 ? " (paragraph " + paragraph + ")" : "", maxLength);
    }

    /** The same failure, saying which paragraph of the article it was. */
    public TextTooLongException inParagraph(int paragraphIndex) {
        TextTooLongException e = new TextTooLongException(length, maxLength, paragraphIndex);
        e.initCause(this);
        return e;
    }

    /** Length of the refused text, in UTF-16 units. */
    public int length() {
        return length;
    }

    /** The tagger's limit. */
    public int maxLength() {
        return maxLength;
    }

    /** 0-based index of the paragraph in the article, or -1 when the tagger was called on a bare text. */
    public int paragraph() {
        return paragraph;
    }
}
