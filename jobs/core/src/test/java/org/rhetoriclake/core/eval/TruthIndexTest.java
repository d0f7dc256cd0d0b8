package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.testing.TestPaths;

class TruthIndexTest {
    static final String HEADER = "html_file\ttruth_source\ttitle\tpublish_time\tauthor\tbody_truth\n";

    /** A data set laid out like the shared dev folder: html/ pages and html-truth/ truths side by side. */
    static Path dataSet(Path root) throws IOException {
        write(root.resolve("html/src/a.html"), "<html><body><p>甲</p></body></html>");
        write(root.resolve("html/src/b.html"), "<html><body><p>乙</p></body></html>");
        write(root.resolve("html/src/c.html"), "<html><body><p>丙</p></body></html>");
        write(root.resolve("html/src/d.html"), "<html><body><p>丁</p></body></html>");
        write(root.resolve("html-truth/src/a.txt"), "第一段正文。\n\n第二段正文。\n");
        write(root.resolve("html-truth/src/b/expected.html"), "<div><p>　　乙的正文，第一段。</p><p>第二段。</p></div>");
        write(root.resolve("html-truth/INDEX.tsv"), HEADER
                + "html/src/a.html\tsrc (handcrafted)\t\t2005-5-7 21:23:57\t茉莉\thtml-truth/src/a.txt\n"
                + "html/src/b.html\treadability expected\t乙的标题 _某某网\t\t\thtml-truth/src/b/expected.html\n"
                + "html/src/c.html\tunit test (title/body are substrings)\t丙的标题\tUNKNWON\tUNKNOWN\tcontains: 一段话\n"
                + "html/src/d.html\tnone (tool output, not gold)\t\t\t\t\n");
        return root;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryKindOfTruth(@TempDir Path tmp) throws IOException {
        Path root = dataSet(tmp);
        TruthIndex index = TruthIndex.load(root.resolve("html-truth"), root.resolve("html"));
        List<TruthIndex.Entry> entries = index.entries();
        assertEquals(4, entries.size());

        TruthIndex.Entry a = entries.get(0);
        assertEquals(root.resolve("html/src/a.html").toAbsolutePath().normalize(), a.page());
        assertEquals(Optional.empty(), a.title());
        assertEquals(DatePrecision.SECOND, a.published().orElseThrow().precision());
        assertEquals(Optional.of("茉莉"), a.author());
        assertEquals("第一段正文。\n\n第二段正文。\n", ((BodyTruth.FullText) a.body().orElseThrow()).text());

        TruthIndex.Entry b = entries.get(1);
        assertEquals(Optional.of("乙的标题 _某某网"), b.title());
        assertFalse(b.titleIsSubstring());
        assertEquals("乙的正文，第一段。\n第二段。", ((BodyTruth.FullText) b.body().orElseThrow()).text());

        TruthIndex.Entry c = entries.get(2);
        assertTrue(c.titleIsSubstring());
        assertTrue(c.published().isEmpty());
        assertTrue(c.author().isEmpty());
        assertInstanceOf(BodyTruth.Contains.class, c.body().orElseThrow());
        assertTrue(((BodyTruth.Contains) c.body().get()).foundIn("开头 一 段\n话 结尾"));

        assertFalse(entries.get(3).hasTruth());
    }

    @Test
    void findsPagesThroughAnotherRootAndTruthsInARenamedFolder(@TempDir Path tmp) throws IOException {
        Path root = dataSet(tmp.resolve("dev"));
        Path renamed = Files.move(root.resolve("html-truth"), tmp.resolve("truth"));
        Path pages = Files.move(root.resolve("html"), tmp.resolve("pages"));
        TruthIndex index = TruthIndex.load(renamed, pages);
        TruthIndex.Entry a = index.forPage(pages.resolve("src/a.html")).orElseThrow();
        assertEquals("src (handcrafted)", a.source());
        assertTrue(a.body().isPresent());
        assertTrue(index.forPage(pages.resolve("src/missing.html")).isEmpty());
    }

    @Test
    void aMissingBodyFileIsAnError(@TempDir Path tmp) throws IOException {
        write(tmp.resolve("html-truth/INDEX.tsv"), HEADER + "html/x.html\tsrc\t\t\t\thtml-truth/none.txt\n");
        assertThrows(IOException.class, () -> TruthIndex.load(tmp.resolve("html-truth")));
    }

    @Test
    void theSharedDevIndex() throws IOException {
        Path dev = TestPaths.sharedDir().resolve("dev");
        TruthIndex index = TruthIndex.load(dev.resolve("html-truth"), dev.resolve("html"));
        List<TruthIndex.Entry> entries = index.entries();
        assertEquals(75, entries.size());
        assertTrue(entries.stream().allMatch(e -> Files.isRegularFile(e.page())), "every page resolves");
        assertEquals(42, entries.stream().filter(e -> e.body().filter(b -> b instanceof BodyTruth.FullText)
                .isPresent()).count());
        assertEquals(2, entries.stream().filter(e -> e.body().filter(b -> b instanceof BodyTruth.Contains)
                .isPresent()).count());
        assertEquals(8, entries.stream().filter(e -> e.title().isPresent()).count());
        // 31 cwced dates (of 35: two UNKNOWN, one UNKNWON, one empty) + 2 newspaper4k + 2 twnews
        assertEquals(35, entries.stream().filter(e -> e.published().isPresent()).count());
        TruthIndex.Entry cna = index.forPage(dev.resolve("html/twnews/cna.html")).orElseThrow();
        assertTrue(cna.titleIsSubstring());
        assertEquals(DatePrecision.SECOND, cna.published().orElseThrow().precision());
    }
}
