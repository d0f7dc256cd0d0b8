/**
 * Evaluation of page extraction against truth data: the library behind {@code rhetoric eval extract}.
 *
 * <p>{@link org.rhetoriclake.core.eval.TruthIndex} reads an {@code INDEX.tsv} of pages and their truth (title,
 * publication time with its precision, author, body as a text, an expected HTML or a passage).
 * {@link org.rhetoriclake.core.eval.ExtractionEvaluator} runs a
 * {@link org.rhetoriclake.core.eval.PageUnderTest} over a folder of pages and scores every field where there is
 * truth with one small metric each: {@link org.rhetoriclake.core.eval.TitleMatch},
 * {@link org.rhetoriclake.core.eval.DateMatch} (day and minute level), {@link org.rhetoriclake.core.eval.AuthorMatch},
 * {@link org.rhetoriclake.core.eval.BodyF1} (character F1 over the longest common subsequence), and a mojibake
 * count. The {@link org.rhetoriclake.core.eval.EvaluationReport} gives per-page rows, per-field n and means, overall
 * and per folder, and prints as a table.
 *
 * <p>Pure Java (jsoup for HTML truths); no Spark. Third-party truth data stays outside the project and is read
 * from wherever the caller points.
 */
package org.rhetoriclake.core.eval;
