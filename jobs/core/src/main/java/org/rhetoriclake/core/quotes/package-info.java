/**
 * Quotations and their speakers, found by rule in Chinese news text.
 *
 * <p>{@link org.rhetoriclake.core.quotes.QuoteExtractor} is the entry point; it works from the word lists
 * that {@link org.rhetoriclake.core.quotes.Lexicons} loads ({@code conf/lexicon/cue-verbs.tsv},
 * {@code role-titles.tsv}, {@code affiliations.tsv}, copied into the jar as defaults). Rules, not a model,
 * because the forms of attribution in news prose are few and regular, every decision can be traced to a line
 * of a lexicon, and the job runs without model weights in the core module.
 *
 * <p>The forms it knows:
 * <ul>
 *   <li>direct, colon form: {@code 伯恩斯：“…”} (a known name, a title and name, or a source phrase before the
 *       colon), {@code X说：“…”}, {@code X表示，“…”}, {@code X感叹“…”};</li>
 *   <li>direct, cue after the quotation: {@code “…”，X说。} and {@code “…”X说，…};</li>
 *   <li>indirect: {@code X(则/也/还…)表示，…}, {@code X说：…}, {@code 张凡说只能…} (no comma, named speakers
 *       only), {@code 据X报道，…}, {@code 在X看来，…}; the reported clause runs to the end of the paragraph, or
 *       to the end of its sentence when another attribution follows in the paragraph; a closing clause that
 *       starts with 他/她 is the reporter's and is left out; quotation marks inside the clause after a comma
 *       split it into indirect and direct parts ({@code X认为，A，“B”。}), while quoted terms inside it stay
 *       part of it;</li>
 *   <li>relayed: {@code 日本媒体引述美国官员表示，…} (speaker 美国官员, reported via 日本媒体) and
 *       {@code X接受Y采访称}; nested: a cue inside the first sentence of another speaker's clause
 *       ({@code 知情人士…王毅…表示，…}) is reported with {@code nestedIn};</li>
 *   <li>by context: a quoted sentence with no cue, in a paragraph (or right after a paragraph) where a speaker
 *       has just spoken, gets that speaker at low confidence.</li>
 * </ul>
 * Not quotations: scare quotes around terms in prose, subheadings, a colon without quotation marks or cue
 * (bylines), book and article titles in 《》, cue verbs inside longer words (称为, 说法), a passive or
 * nominalised cue (被认为, 所说), and sourcing from data (根据…).
 *
 * <p>Where the speaker is left out ({@code 小刚不愿细谈此事，只称，…}) the subject of the sentence is taken;
 * where the reported clause goes on into a sentence whose subject is the reporter or an outlet
 * ({@code 记者注意到…}) it stops there. Entity mentions, when the caller has them, delimit names exactly;
 * without them titles ({@code role-titles.tsv}) and the names the article introduces elsewhere stand in.
 *
 * <p>Speakers: the name as the article uses it; the fullest mention of the name anywhere in the body
 * (preferring a title right before the name); the role is that mention minus the name and the affiliation
 * comes from the role's earliest place prefix. Pronouns (他, 她) take the nearest earlier speaker or
 * clause-initial name; 报道 takes the last outlet named.
 */
package org.rhetoriclake.core.quotes;
