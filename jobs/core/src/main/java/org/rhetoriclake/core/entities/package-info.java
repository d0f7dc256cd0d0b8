/**
 * Named entities in article text, without any model on the classpath.
 *
 * <p>{@link org.rhetoriclake.core.entities.EntityTagger} is the seam: the CoreNLP adapter in {@code jobs/nlp}
 * implements it, tests implement it with a few lines, and everything here works from its spans alone.
 * {@link org.rhetoriclake.core.entities.MentionBuilder} turns an article into
 * {@link org.rhetoriclake.core.model.EntityMention}s: the tagger's spans mapped to table types by
 * {@link org.rhetoriclake.core.entities.EntityLabels}, repaired by general rules for where a statistical tagger
 * fails on news (names after role titles, speaker colons, byline names, one name one referent per article).
 * A tagger that refuses an over-long paragraph throws {@link org.rhetoriclake.core.entities.TextTooLongException},
 * which the entities stage turns into a reject.
 */
package org.rhetoriclake.core.entities;
