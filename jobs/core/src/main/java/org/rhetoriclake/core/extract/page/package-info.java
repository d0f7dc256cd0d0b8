/**
 * Extraction from full news web pages (saved HTML, WARC responses), as opposed to the dump format's HTML fragments:
 * a page brings navigation, sidebars, related lists, comments and footers around the article, and its metadata is
 * spread over meta tags, JSON-LD, the browser title and the visible header.
 *
 * <p>Pure Java and jsoup, no Spark: every class works on a {@link org.jsoup.nodes.Document} parsed from correctly
 * decoded HTML (charset detection happens before), with its base URI set to the page URL when that is known. The
 * extractors are stateless and thread-safe, so one instance can serve every task.
 *
 * <p>{@link org.rhetoriclake.core.extract.page.PageMetadataExtractor} reads the headline, publication date (with
 * its precision and the rule that found it), author, canonical URL and site name into a
 * {@link org.rhetoriclake.core.extract.page.PageMetadata}; {@link org.rhetoriclake.core.extract.page.PublishedDates}
 * parses the date forms Chinese news pages use. The main body of the article is found by the
 * {@code MainContentExtractor} of this package.
 */
package org.rhetoriclake.core.extract.page;
