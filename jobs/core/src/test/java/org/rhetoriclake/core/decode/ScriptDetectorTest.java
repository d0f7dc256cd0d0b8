package org.rhetoriclake.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {

    @Test
    void tags() {
        assertEquals("zh-Hans", ChineseScript.HANS.bcp47Tag());
        assertEquals("zh-Hant", ChineseScript.HANT.bcp47Tag());
        assertEquals("zh", ChineseScript.UNDETERMINED.bcp47Tag());
    }

    @Test
    void traditionalNewsPagesAreHant() {
        for (DevPages.Page page : DevPages.under("html/twnews/")) {
            String text = page.decoded().text();
            assertEquals(ChineseScript.HANT, ScriptDetector.detect(text), page.file());
        }
    }

    @Test
    void simplifiedPageIsHans() {
        String text = DevPages.named("html/readability/gmw.html").decoded().text();
        assertEquals(ChineseScript.HANS, ScriptDetector.detect(text));
    }

    /** Every dev page whose manifest row names its script. */
    @Test
    void everyDevPageWithAKnownScript() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (DevPages.Page page : DevPages.all()) {
            if (page.script() == null) {
                continue;
            }
            n++;
            ScriptDetector.Evidence e = ScriptDetector.analyze(page.decoded().text());
            if (!e.script().bcp47Tag().equals(page.script())) {
                wrong.add(page.file() + ": " + e);
            }
        }
        assertTrue(n >= 100, "pages with a known script: " + n);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void nonChineseTextIsUndetermined() {
        assertEquals(ChineseScript.UNDETERMINED, ScriptDetector.detect("The spokesperson declined to comment."));
        assertEquals(ChineseScript.UNDETERMINED, ScriptDetector.detect(""));
        // Japanese: kanji among much kana (written for this test).
        assertEquals(ChineseScript.UNDETERMINED, ScriptDetector.detect("外務省の報道官は、会談は来週再開されると述べた。"));
        // Korean.
        assertEquals(ChineseScript.UNDETERMINED, ScriptDetector.detect("외교부 대변인은 회담이 다음 주에 재개된다고 말했다."));
    }

    @Test
    void shortTexts() {
        assertEquals(ChineseScript.HANT, ScriptDetector.detect("臺灣"));
        assertEquals(ChineseScript.HANS, ScriptDetector.detect("台湾"));
        ScriptDetector.Evidence neutral = ScriptDetector.analyze("日本天皇");
        assertEquals(0, neutral.traditionalOnly() + neutral.simplifiedOnly());
        assertEquals(ChineseScript.HANS, neutral.script(), "no evidence either way: valid Simplified");
        assertEquals(ChineseScript.HANS, ScriptDetector.detect("2024 中东和平 Summit"));
    }

    @Test
    void aLanguageLinkDoesNotFlipAPage() {
        String simplified = HtmlDecoderTest.HANS.repeat(5) + " <a href=\"/tw\">繁體中文</a>";
        assertEquals(ChineseScript.HANS, ScriptDetector.detect(simplified));
        String traditional = HtmlDecoderTest.HANT.repeat(5) + " <a href=\"/cn\">简体中文</a>";
        assertEquals(ChineseScript.HANT, ScriptDetector.detect(traditional));
    }

    @Test
    void aFewTraditionalCharactersInALongSimplifiedTextDoNotMakeItHant() {
        String text = "日本天皇和平".repeat(100) + "臺";
        ScriptDetector.Evidence e = ScriptDetector.analyze(text);
        assertEquals(1, e.traditionalOnly());
        assertEquals(0, e.simplifiedOnly());
        assertEquals(ChineseScript.HANS, e.script());
    }
}
