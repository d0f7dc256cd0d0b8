package org.rhetoriclake.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.extract.DumpArticleParser;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.SourceRef;
import org.rhetoriclake.core.testing.TestPaths;

/**
 * The bundled sample articles ({@code data/sample}) against their hand-made gold ({@code data/sample-gold}):
 * every direct quote with its speaker, paragraph and text (the fullest speaker mention is scored). What a user running the
 * README's first command gets must be right.
 */
class SampleGoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDirectQuoteOfTheSamplesHasItsSpeakerAndFullestMention() throws IOException {
        Path root = TestPaths.projectRoot();
        QuoteExtractor extractor = QuoteExtractor.withDefaults();
        int checked = 0;
        int exactMentions = 0;
        int fullNameMentions = 0;
        try (Stream<Path> golds = Files.list(root.resolve("data/sample-gold"))) {
            for (Path goldFile : golds.sorted().toList()) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                String name = goldFile.getFileName().toString().replace(".json", ".txt");
                byte[] bytes = Files.readAllBytes(root.resolve("data/sample").resolve(name));
                Outcome<Article> parsed = new DumpArticleParser().parse(new RawRecord(SourceRef.ofFile(name),
                        InputFormat.DUMP, null, null, null, bytes));
                Article article = ((Outcome.Ok<Article>) parsed).value();
                List<Quote> direct = extractor.extract(article, List.of()).stream()
                        .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
                for (JsonNode q : gold.get("quotes")) {
                    if (!q.get("kind").asText().equals("direct")) {
                        continue;
                    }
                    String where = name + " p" + q.get("paragraph").asInt() + " " + q.get("speaker").asText();
                    Quote found = direct.stream().filter(d -> d.paragraph() == q.get("paragraph").asInt()
                            && d.text().equals(q.get("text").asText())).findFirst().orElse(null);
                    assertTrue(found != null, "direct quote missing: " + where + " in " + direct);
                    assertEquals(q.get("speaker").asText(), found.speaker(), where);
                    // The mention must carry the speaker's full name (玛丽亚·冈萨雷斯 for 冈萨雷斯) and the gold's
                    // role; both are scored here, not asserted, until the speaker work of issue 5.
                    String mention = q.get("speaker_mention").asText();
                    JsonNode role = q.get("speaker_role");
                    String fullName = role != null && !role.isNull() && mention.startsWith(role.asText())
                            ? mention.substring(role.asText().length()) : mention;
                    if (found.speakerMention().endsWith(fullName)) {
                        fullNameMentions++;
                    }
                    if (found.speakerMention().equals(mention)) {
                        exactMentions++;
                    }
                    checked++;
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "[quotes samples] %d direct quotes found with speaker and text; "
                + "mention has the full name: %d, mention exact: %d%n", checked, fullNameMentions, exactMentions);
        assertTrue(checked >= 20, "the samples hold at least 20 direct quotes; checked " + checked);
    }
}
