package org.rhetoriclake.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A clean news article: what the extractor made of one input record.
 *
 * @param articleId    stable key: from the canonical URL when there is one, else from the content hash
 * @param source       the input record it came from
 * @param url          canonical URL, or null
 * @param title        headline
 * @param publishedAt  publication time (UTC), or null when the page does not say
 * @param capturedAt   capture time from the container (WARC), or null
 * @param byline       reporters and editors
 * @param language     BCP-47 tag of the text, e.g. {@code zh-Hans}
 * @param paragraphs   body paragraphs and subheadings in reading order
 * @param captions     image captions, kept apart from the body
 * @param contentHash  SHA-256 (hex) of title and paragraphs: changes exactly when the extracted text changes
 * @param charsetDeclared charset the record declared (header or meta), or null
 * @param charsetUsed  charset the bytes were decoded with
 * @param author       the writer(s) as the page credits them ({@code 作者：…}, meta author), or null; the dump
 *                     format's reporters are in {@code byline}
 * @param script       ISO 15924 script of the text: {@code Hans} (Simplified), {@code Hant} (Traditional), or null
 *                     when it cannot be told (too little Han text)
 */
public record Article(String articleId, SourceRef source, String url, String title, Instant publishedAt,
                      Instant capturedAt, Byline byline, String language, List<Paragraph> paragraphs,
                      List<String> captions, String contentHash, String charsetDeclared, String charsetUsed,
                      String author, String script) {
    public static final String SIMPLIFIED = "Hans";
    public static final String TRADITIONAL = "Hant";

    /** An article without author credit whose script is the one its language tag names ({@code zh-Hant} or not). */
    public Article(String articleId, SourceRef source, String url, String title, Instant publishedAt,
                   Instant capturedAt, Byline byline, String language, List<Paragraph> paragraphs,
                   List<String> captions, String contentHash, String charsetDeclared, String charsetUsed) {
        this(articleId, source, url, title, publishedAt, capturedAt, byline, language, paragraphs, captions,
                contentHash, charsetDeclared, charsetUsed, null,
                "zh-Hant".equals(language) ? TRADITIONAL : SIMPLIFIED);
    }

    public Article {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** True when the text is in Traditional characters, so analysis runs on a Simplified copy. */
    public boolean isTraditional() {
        return TRADITIONAL.equals(script);
    }

    /** The same article with other paragraph texts and title (the Simplified copy); everything else kept. */
    public Article withText(String newTitle, List<Paragraph> newParagraphs) {
        return new Article(articleId, source, url, newTitle, publishedAt, capturedAt, byline, language,
                newParagraphs, captions, contentHash, charsetDeclared, charsetUsed, author, script);
    }

    /** The body as one string, paragraphs separated by a newline (subheadings included). */
    public String body() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }
}
