package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * One mention of a named entity in an article paragraph, and the actor it names.
 *
 * @param articleId     the article
 * @param mentionId     stable id: article id, paragraph and offsets ({@link #idFor})
 * @param paragraph     0-based paragraph index
 * @param start         offset of the first character in the paragraph text (UTF-16 units, as Java strings)
 * @param end           offset one past the last character
 * @param text          the mention as written
 * @param type          coarse type
 * @param fineType      the tagger's own label (e.g. CoreNLP's COUNTRY, CITY), or null
 * @param decidedBy     which rule produced the span and type: {@code corenlp}, {@code gazetteer}, {@code byline}, …
 * @param entityId      the actor: a gazetteer id (Wikidata QID or {@code rl:…}), or for a name the gazetteer
 *                      does not know a {@code name:} id built from type and name, so one name still counts as one
 *                      actor across articles; null only before linking
 * @param canonicalName the actor's name as the tables show it (Simplified script), null only before linking
 * @param affiliation   ISO 3166 alpha-2 code of the actor's side ({@code US}, {@code CN}), or null
 * @param role          for a person, the role phrase written right before the name ({@code 美国驻中国大使}), or null
 * @param linkedBy      how the actor was decided: {@code gazetteer}, {@code context} (an ambiguous name read by its
 *                      role or year), {@code coreference} (an earlier mention in the article), {@code name}
 *                      (unknown to the gazetteer), null only before linking
 */
public record EntityMention(String articleId, String mentionId, int paragraph, int start, int end, String text,
                            EntityType type, String fineType, String decidedBy, String entityId,
                            String canonicalName, String affiliation, String role, String linkedBy) {
    public EntityMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A mention not linked to an actor yet. */
    public EntityMention(String articleId, String mentionId, int paragraph, int start, int end, String text,
                         EntityType type, String fineType, String decidedBy) {
        this(articleId, mentionId, paragraph, start, end, text, type, fineType, decidedBy, null, null, null, null, null);
    }

    /** This mention linked to an actor. */
    public EntityMention linked(String entityId, String canonicalName, String affiliation, String role, String linkedBy) {
        return new EntityMention(articleId, mentionId, paragraph, start, end, text, type, fineType, decidedBy,
                entityId, canonicalName, affiliation, role, linkedBy);
    }

    /** This mention with another surface text (same offsets), e.g. the original script of a Simplified copy. */
    public EntityMention withText(String newText) {
        return new EntityMention(articleId, mentionId, paragraph, start, end, newText, type, fineType, decidedBy,
                entityId, canonicalName, affiliation, role, linkedBy);
    }

    /** Whether an actor has been decided for this mention. */
    public boolean isLinked() {
        return entityId != null;
    }

    /** The key that makes reprocessing an article replace its mentions rather than add to them. */
    public static String idFor(String articleId, int paragraph, int start, int end) {
        return articleId + ":p" + paragraph + ":" + start + "-" + end;
    }
}
