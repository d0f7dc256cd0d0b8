/**
 * The records that flow between stages: {@link org.rhetoriclake.core.model.RawRecord} in,
 * {@link org.rhetoriclake.core.model.Article}, {@link org.rhetoriclake.core.model.EntityMention} and
 * {@link org.rhetoriclake.core.model.Quote} out, {@link org.rhetoriclake.core.model.Reject} for what could
 * not be used. Immutable Java records with no Spark or CoreNLP types, so every stage can be unit-tested alone.
 */
package org.rhetoriclake.core.model;
