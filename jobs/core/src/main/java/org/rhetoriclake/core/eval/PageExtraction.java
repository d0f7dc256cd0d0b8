package org.rhetoriclake.core.eval;

import java.time.OffsetDateTime;

/**
 * What an extractor made of one page, as the evaluation reads it. Every field may be null (not found).
 *
 * @param title       the headline
 * @param publishedAt the publication time, with its offset
 * @param precision   how much of {@code publishedAt} the page gave; null means "as precise as the value"
 * @param author      the author(s), several joined by any separator
 * @param body        the body text (paragraphs joined by line breaks; captions not included)
 * @param decodedText the whole page as decoded text, for the mojibake count
 */
public record PageExtraction(String title, OffsetDateTime publishedAt, DatePrecision precision, String author,
                             String body, String decodedText) {
}
