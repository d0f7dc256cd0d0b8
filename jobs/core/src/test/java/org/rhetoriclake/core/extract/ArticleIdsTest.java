package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;

class ArticleIdsTest {
    private static String canonical(String url) {
        return ArticleIds.canonicalUrl(url).orElseThrow(() -> new AssertionError("rejected: " + url));
    }

    @Test
    void schemeAndHostAreLowerCasedPathIsKept() {
        assertEquals("https://www.rfa.org/Mandarin/Xinwen/4-11082023114956.html",
                canonical("HTTPS://WWW.RFA.org/Mandarin/Xinwen/4-11082023114956.html"));
    }

    @Test
    void fragmentAndDefaultPortAreDropped() {
        assertEquals("https://example.com/a/index.html", canonical("https://example.com:443/a/index.html#comments"));
        assertEquals("http://example.com/a", canonical("http://example.com:80/a"));
        assertEquals("http://example.com:8080/a", canonical("http://example.com:8080/a"));
        assertEquals("https://example.com:80/a", canonical("https://example.com:80/a"));
    }

    @Test
    void emptyPathIsSlash() {
        assertEquals("https://example.com/", canonical("https://example.com"));
        assertEquals("https://example.com/?id=1", canonical("https://example.com?id=1"));
    }

    @Test
    void trackingParametersAreDroppedOthersKeptInOrder() {
        assertEquals("https://example.com/a?id=3&page=2",
                canonical("https://example.com/a?id=3&utm_source=twitter&page=2&UTM_Medium=social&fbclid=x"));
        assertEquals("https://example.com/a", canonical("https://example.com/a?utm_source=x&utm_campaign=y"));
        assertEquals("https://example.com/a?b=2&a=1", canonical("https://example.com/a?b=2&a=1"));
    }

    @Test
    void nonAsciiPathsAreAccepted() {
        assertEquals("https://example.com/新闻/一.html", canonical("https://Example.com/新闻/一.html"));
    }

    @Test
    void onlyAbsoluteHttpUrlsHaveACanonicalForm() {
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl(null));
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl(""));
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl("not a url"));
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl("/relative/a.html"));
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl("ftp://example.com/a"));
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl("mailto:someone@example.com"));
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl("https:///path-only"));
    }

    @Test
    void articleIdIsTheUrlHashPrefix() {
        // Values from sha256sum, computed outside Java.
        assertEquals("76fe74b438f8ecf5", ArticleIds.articleId(
                "https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/gf-11092023071629.html", "ignored"));
        assertEquals(ArticleIds.articleId(canonical("https://example.com/a#x"), "h".repeat(64)),
                ArticleIds.articleId(canonical("HTTPS://EXAMPLE.COM:443/a?utm_source=y"), "h".repeat(64)));
    }

    @Test
    void withoutUrlTheIdComesFromTheContentHash() {
        String hash = ArticleIds.contentHash("标题", List.of(new Paragraph(0, ParagraphKind.BODY, "第一段。")));
        assertEquals(hash.substring(0, 16), ArticleIds.articleId(null, hash));
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.articleId(null, null));
    }

    @Test
    void contentHashCoversTitleAndParagraphText() {
        List<Paragraph> paragraphs = List.of(new Paragraph(0, ParagraphKind.BODY, "第一段。"),
                new Paragraph(1, ParagraphKind.BODY, "第二段。"));
        // printf '标题\n第一段。\n第二段。' | sha256sum
        assertEquals("fb9ff456f9d5491d6e1406c2271fd506c657bcbff5e85e53eb4861a9a4aad761",
                ArticleIds.contentHash("标题", paragraphs));
        assertNotEquals(ArticleIds.contentHash("标题", paragraphs), ArticleIds.contentHash("标题",
                List.of(paragraphs.get(0), new Paragraph(1, ParagraphKind.BODY, "第二段！"))));
        assertNotEquals(ArticleIds.contentHash("标题", paragraphs), ArticleIds.contentHash("标题二", paragraphs));
        assertEquals(ArticleIds.contentHash("标题", paragraphs), ArticleIds.contentHash("标题",
                List.of(paragraphs.get(0), new Paragraph(1, ParagraphKind.SUBHEADING, "第二段。"))));
    }
}
