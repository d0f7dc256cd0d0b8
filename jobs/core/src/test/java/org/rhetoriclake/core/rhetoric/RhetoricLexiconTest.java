package org.rhetoriclake.core.rhetoric;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.testing.TestPaths;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RhetoricLexiconTest {

    private static final String HEADER = "term\ttraditional\tcategory\tpolarity\tside\tnote\n";
    private static final String SMALL = "# a small lexicon\n" + HEADER
            + "合作共赢\t合作共贏\tconciliatory\t2\tCN\t\n"
            + "内政\t內政\tsovereignty\t0\tany\t\n"
            + "内政部\t內政部\tignore\t\t\tthe ministry\n";

    private static RhetoricLexicon parse(String text) {
        return RhetoricLexicon.parse("test.tsv", new StringReader(text));
    }

    private static void assertFails(String text, String messageStart) {
        String message = assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
        assertTrue(message.startsWith(messageStart), message);
    }

    @Test
    void theShippedFileLoadsWithTheRequiredTerms() {
        RhetoricLexicon lex = RhetoricLexicon.defaults();
        for (String term : List.of("止跌回稳", "管控分歧", "脱钩", "去风险", "遏制", "霸权", "战狼", "一个中国", "台独",
                "相向而行", "合作共赢", "求同存异", "互利共赢", "建设性", "坦诚", "对话", "磋商", "稳定", "和平统一",
                "核心利益", "红线", "内政", "干涉内政", "主权", "领土完整", "国家安全", "胁迫", "霸凌", "制裁", "关税",
                "出口管制", "实体清单", "芯片", "人权", "新疆", "西藏", "香港国安法", "民主", "威权", "印太", "航行自由",
                "挑衅", "强烈不满", "坚决反对", "严正交涉", "零和", "冷战思维", "小院高墙", "新冷战", "对抗", "护栏",
                "负责任地管理竞争")) {
            assertTrue(lex.term(term).isPresent(), term + " is missing");
        }
        int size = lex.terms().size();
        assertTrue(size >= 150 && size <= 250, "150 to 250 terms, got " + size);
        Set<RhetoricCategory> used = EnumSet.noneOf(RhetoricCategory.class);
        lex.terms().forEach(t -> used.add(t.category()));
        assertEquals(EnumSet.allOf(RhetoricCategory.class), used, "every category has terms");
        assertEquals(RhetoricLexicon.CLASSPATH_DIR + RhetoricLexicon.FILE, lex.source());
    }

    @Test
    void commonWordsCarryNoStrongTone() {
        RhetoricLexicon lex = RhetoricLexicon.defaults();
        assertEquals(0, lex.term("稳定").orElseThrow().polarity());
        assertTrue(lex.term("合作").isEmpty(), "合作 alone is ordinary language; its set phrases are listed");
        assertTrue(lex.ignoredWords().stream().anyMatch(w -> w.word().equals("内政部")));
    }

    /** Every term whose ICU Traditional spelling differs lists it, so Traditional text matches. */
    @Test
    void traditionalSpellingsAreListed() {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        RhetoricLexicon lex = RhetoricLexicon.defaults();
        List<String> missing = new ArrayList<>();
        Stream.concat(lex.terms().stream().map(RhetoricTerm::forms),
                        lex.ignoredWords().stream().map(RhetoricLexicon.IgnoredWord::forms))
                .forEach(forms -> {
                    String traditional = toTraditional.transliterate(forms.get(0));
                    if (!forms.contains(traditional)) {
                        missing.add(forms.get(0) + " → " + traditional);
                    }
                });
        assertEquals(List.of(), missing);
        assertTrue(lex.term("芯片").orElseThrow().forms().contains("晶片"), "Taiwan's word for a chip");
    }

    @Test
    void versionIsShortStableAndFollowsTheContent(@TempDir Path dir) throws IOException {
        RhetoricLexicon shipped = RhetoricLexicon.defaults();
        assertTrue(shipped.version().matches("[0-9a-f]{12}"), shipped.version());
        assertEquals(shipped.version(), RhetoricLexicon.defaults().version());
        Path conf = TestPaths.projectRoot().resolve("conf/lexicon");
        assertEquals(shipped.version(), RhetoricLexicon.fromDirectory(conf).version(), "the jar copies the file");

        String version = parse(SMALL).version();
        assertNotEquals(version, parse(SMALL.replace("\t2\tCN", "\t1\tCN")).version(), "a polarity edit");
        assertNotEquals(version, parse(SMALL + "求同存异\t求同存異\tconciliatory\t2\tCN\t\n").version(), "a new term");
        assertEquals(version, parse("\uFEFF# reworded comment\n\n" + SMALL.replace("\n", "\r\n")).version(),
                "comments, blank lines, a BOM and CRLF change nothing the tagger sees");
        Files.writeString(dir.resolve(RhetoricLexicon.FILE), SMALL, StandardCharsets.UTF_8);
        assertEquals(version, RhetoricLexicon.fromDirectory(dir).version());
    }

    @Test
    void aDirectoryWithoutTheFileFallsBackToTheJar(@TempDir Path dir) {
        assertEquals(RhetoricLexicon.defaults().version(), RhetoricLexicon.fromDirectory(dir).version());
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        assertFails(SMALL + "红线\t紅線\tsovereignty\t-3\tany\t\n", "test.tsv:6: polarity");
        assertFails(SMALL + "红线\t紅線\tsovereignty\tstrong\tany\t\n", "test.tsv:6: polarity");
        assertFails(SMALL + "红线\t紅線\tsovereign\t-1\tany\t\n", "test.tsv:6: unknown category");
        assertFails(SMALL + "红线\t紅線\tsovereignty\t-1\tEU\t\n", "test.tsv:6: unknown side");
        assertFails(SMALL + "红线\t紅線\tsovereignty\t-1\n", "test.tsv:6: missing side");
        assertFails(SMALL + "干涉内政\t內政\tsovereignty\t-2\tCN\t\n", "test.tsv:6: '內政' is already listed at line 4");
        assertFails(SMALL + "一个中国 原则\t\ttaiwan\t0\tCN\t\n", "test.tsv:6: '一个中国 原则'");
        assertFails(SMALL + "民主党\t民主黨\tignore\t\t\t\n", "test.tsv:6: ignore row '民主党'");
        assertFails(SMALL + "稳定币\t\tignore\t1\t\t\n", "test.tsv:6: an ignore row");
        assertFails("term\ttraditional\tcategory\tpolarity\n", "test.tsv:1: header must be");
    }
}
