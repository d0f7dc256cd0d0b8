package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * One mention of a named entity in an article paragraph.
 *
 * @param articleId  the article
 * @param mentionId  stable id: article id, paragraph and offsets ({@link #idFor})
 * @param paragraph  0-based paragraph index
 * @param start      offset of the first character in the paragraph text (UTF-16 units, as Java strings)
 * @param end        offset one past the last character
 * @param text       the mention as written
 * @param type       coarse type
 * @param fineType   the tagger's own label (e.g. CoreNLP's COUNTRY, CITY), or null
 * @param decidedBy  which rule produced it: {@code corenlp}, {@code byline}, …
 */
public record EntityMention(String articleId, String mentionId, int paragraph, int start, int end, String text,
                            EntityType type, String fineType, String decidedBy) {
    public EntityMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The key that makes reprocessing an article replace its mentions rather than add to them. */
    public static String idFor(String articleId, int paragraph, int start, int end) {
        return articleId + ":p" + paragraph + ":" + start + "-" + end;
    }
}
