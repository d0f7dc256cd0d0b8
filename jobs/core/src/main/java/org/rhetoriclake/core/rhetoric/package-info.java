/**
 * Diplomatic rhetoric: a lexicon of the words and set phrases diplomatic news is argued in (合作共赢, 管控分歧,
 * 干涉内政, 脱钩, 台独) and a tagger that finds them in a text and gives the text a tone score.
 *
 * <p>Why a lexicon and not a model: the vocabulary of diplomatic statements is small, formulaic and shifts slowly
 * (止跌回稳, 小院高墙 and 去风险 each entered it at a known time), so a curated list captures most of it, every
 * tag can be traced to a line, the job needs no weights, and an editor can extend the list without a release.
 * Rows the tagger writes can record {@link org.rhetoriclake.core.rhetoric.RhetoricLexicon#version()}, so a trend
 * across a lexicon change is visible as such.
 *
 * <p>{@link org.rhetoriclake.core.rhetoric.RhetoricLexicon} loads {@code conf/lexicon/rhetoric.tsv} (its header
 * documents columns, categories, polarity and how to extend it; the jar carries a copy);
 * {@link org.rhetoriclake.core.rhetoric.RhetoricTagger} matches it, longest form first, in Simplified and
 * Traditional text, with a minimal negation rule (a negator right before a term turns its polarity around), and scores tone
 * as {@code sum(polarity) / (sum(|polarity|) + 2)}. Pure Java: no Spark here.
 *
 * <p>The score measures the language, not the speaker's stance: a text rebutting a charge of 霸权 uses the word and
 * scores hostile. Read it per side and per speaker, together with the category counts.
 */
package org.rhetoriclake.core.rhetoric;
