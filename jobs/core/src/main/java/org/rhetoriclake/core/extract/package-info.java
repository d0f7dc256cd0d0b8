/**
 * The extract stage: from a {@link org.rhetoriclake.core.model.RawRecord} to a clean
 * {@link org.rhetoriclake.core.model.Article}.
 *
 * <p>Small pieces, one job each, so each rule can be tested alone and reused by later readers (saved HTML
 * pages, WARC records): {@link org.rhetoriclake.core.extract.DumpDocumentParser} reads the dump envelope,
 * {@link org.rhetoriclake.core.extract.ArticleExtractor} turns HTML into paragraphs, captions and a byline,
 * {@link org.rhetoriclake.core.extract.BylineParser} reads credit lines,
 * {@link org.rhetoriclake.core.extract.ArticleIds} derives the keys, and
 * {@link org.rhetoriclake.core.extract.DumpArticleParser} is the stage entry point that combines them and never
 * throws: bad input becomes a {@link org.rhetoriclake.core.model.Reject}, so one record cannot stop a run.
 */
package org.rhetoriclake.core.extract;
