package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.SourceRef;

/** The real seed dump against its hand-made gold ({@code ../shared/gold/seed.json}). */
class SeedArticleTest {
    private static JsonNode gold;
    private static Article article;
    private static final Instant CAPTURED = Instant.parse("2024-02-01T00:00:00Z");

    @BeforeAll
    static void parseSeed() throws IOException {
        gold = new ObjectMapper().readTree(Files.readString(SharedData.resolve("gold/seed.json"),
                StandardCharsets.UTF_8));
        Path file = SharedData.resolve(gold.get("file").asText());
        RawRecord record = new RawRecord(SourceRef.ofFile(file.toString()), InputFormat.DUMP, null, CAPTURED,
                Map.of(), Files.readAllBytes(file));
        Outcome<Article> outcome = new DumpArticleParser().parse(record);
        article = (Article) assertInstanceOf(Outcome.Ok.class, outcome, () -> outcome.toString()).value();
    }

    private static List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        gold.get(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void envelope() {
        assertEquals(gold.get("title").asText(), article.title());
        assertEquals("美中大使为\"拜习会\"营造气氛　两国可望恢复军事交流", article.title());
        assertEquals(gold.get("url").asText(), article.url());
        assertEquals(Instant.parse(gold.get("published_at").asText()), article.publishedAt());
        assertEquals(Instant.parse("2023-11-09T17:30:00Z"), article.publishedAt());
        assertEquals(gold.get("language").asText(), article.language());
        assertEquals(CAPTURED, article.capturedAt());
        assertEquals("UTF-8", article.charsetUsed());
        assertNull(article.charsetDeclared());
    }

    @Test
    void exactlyTheGoldBodyParagraphsInOrder() {
        List<String> expected = strings("body_paragraphs");
        assertEquals(16, expected.size());
        assertEquals(expected, article.paragraphs().stream().map(Paragraph::text).toList());
        for (int i = 0; i < article.paragraphs().size(); i++) {
            assertEquals(i, article.paragraphs().get(i).index());
        }
    }

    @Test
    void theSubheadingIsMarkedAndNothingElse() {
        List<String> subheadings = article.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.SUBHEADING).map(Paragraph::text).toList();
        assertEquals(strings("subheadings"), subheadings);
        assertEquals(List.of("美媒：王毅预告准备恢复军事对话"), subheadings);
        assertEquals(ParagraphKind.SUBHEADING, article.paragraphs().get(9).kind());
    }

    @Test
    void captionsAreKeptApart() {
        List<String> captions = strings("image_captions");
        assertEquals(3, captions.size());
        assertEquals(captions, article.captions());
        for (Paragraph p : article.paragraphs()) {
            for (String caption : captions) {
                assertFalse(p.text().contains(caption), "caption in paragraph " + p.index());
            }
        }
    }

    @Test
    void relatedLinksAreNowhere() {
        List<String> related = strings("related_links_excluded");
        assertEquals(4, related.size());
        for (String title : related) {
            assertFalse(article.body().contains(title), title);
            assertFalse(article.captions().contains(title), title);
        }
    }

    @Test
    void bylineIsParsedAndLeftOutOfTheBody() {
        JsonNode byline = gold.get("byline");
        List<String> reporters = new ArrayList<>();
        byline.get("reporter").forEach(n -> reporters.add(n.asText()));
        List<String> editors = new ArrayList<>();
        byline.get("editors").forEach(n -> editors.add(n.asText()));
        List<String> webEditors = new ArrayList<>();
        byline.get("web_editors").forEach(n -> webEditors.add(n.asText()));
        assertEquals(reporters, article.byline().reporters());
        assertEquals(editors, article.byline().editors());
        assertEquals(webEditors, article.byline().webEditors());
        assertEquals(List.of("高锋", "许书婷", "梒青", "瑞哲"), article.byline().allNames());
        assertFalse(article.body().contains("记者："));
        assertFalse(article.body().contains("瑞哲"));
    }

    @Test
    void keysFollowTheCanonicalUrlAndTheText() {
        // sha256sum of the URL, computed outside Java.
        assertEquals("76fe74b438f8ecf5", article.articleId());
        assertEquals(ArticleIds.contentHash(article.title(), article.paragraphs()), article.contentHash());
        assertEquals(ArticleIds.sha256Hex(article.title() + "\n" + article.body()), article.contentHash());
    }
}
