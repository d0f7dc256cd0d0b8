package org.rhetoriclake.core.entities.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.testing.TestPaths;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static final Gazetteer GAZ = Gazetteer.defaults();

    // ------------------------------------------------------------ the shipped file

    @Test
    void theShippedFileLoadsAndIsBigEnough() {
        List<GazetteerEntry> all = GAZ.entries();
        Map<EntityType, Long> byType = all.stream().collect(Collectors.groupingBy(GazetteerEntry::type, Collectors.counting()));
        assertTrue(all.size() >= 250, "rows: " + all.size());
        assertTrue(byType.getOrDefault(EntityType.PERSON, 0L) >= 60, "persons: " + byType);
        assertTrue(byType.getOrDefault(EntityType.GPE, 0L) >= 40, "GPEs: " + byType);
        assertTrue(byType.getOrDefault(EntityType.ORGANIZATION, 0L) >= 80, "organisations: " + byType);
        Set<String> ids = new HashSet<>();
        for (GazetteerEntry e : all) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertTrue(e.id().matches("Q[1-9][0-9]*|rl:(person|org|gpe|loc)/[a-z0-9-]+"), e.id());
            assertEquals(e.canonical(), e.aliases().get(0));
            assertTrue(e.affiliation() == null || e.affiliation().matches("[A-Z]{2}"), e.id());
            assertFalse(e.canonical().isBlank(), e.id());
        }
    }

    @Test
    void theJarCopyIsTheConfFile() {
        Gazetteer conf = Gazetteer.load(TestPaths.projectRoot().resolve("conf/gazetteer"));
        assertEquals(GAZ.entries(), conf.entries());
    }

    @Test
    void knownActorsHaveTheirIdsAndFields() {
        GazetteerEntry biden = GAZ.byId("Q6279").orElseThrow();
        assertEquals("拜登", biden.canonical());
        assertEquals(EntityType.PERSON, biden.type());
        assertEquals("US", biden.affiliation());
        assertTrue(biden.roles().stream().anyMatch(r -> r.title().equals("美国总统") && r.heldIn(2023)));
        assertFalse(biden.roles().stream().anyMatch(r -> r.title().equals("美国总统") && r.heldIn(2019)));
        assertEquals("Q15031", only("习近平").id());
        assertEquals("Q22686", only("特朗普").id());
        assertEquals("Q148", only("中国").id());
        assertEquals(EntityType.GPE, only("中国").type());
        assertEquals("rl:person/wang-yi", only("王毅").id());
        assertEquals(EntityType.ORGANIZATION, only("新华社").type());
        assertNull(only("联合国").affiliation());
    }

    @Test
    void traditionalSpellingsNameTheSameActorsAsSimplifiedOnes() {
        assertSame("拜登", "喬·拜登");
        assertSame("习近平", "習近平");
        assertSame("美国", "美國");
        assertSame("台湾", "臺灣");
        assertSame("台湾", "台灣");
        assertSame("赖清德", "賴清德");
        assertSame("特朗普", "川普");
        assertSame("佩洛西", "裴洛西");
        assertSame("国台办", "國台辦");
        assertSame("美国国务院", "美國國務院");
        assertSame("自由亚洲电台", "自由亞洲電台");
        assertSame("世界贸易组织", "WTO");
        assertSame("亚太经合组织", "APEC");
    }

    @Test
    void capitalMetonymsNameTheirCountry() {
        assertSame("美国", "华府");
        assertSame("美国", "华盛顿");
        assertSame("中国", "北京");
        assertSame("台湾", "台北");
        assertSame("日本", "东京");
        assertSame("俄罗斯", "莫斯科");
        assertSame("韩国", "首尔");
    }

    private static void assertSame(String simplified, String other) {
        assertEquals(only(simplified).id(), only(other).id(), simplified + " / " + other);
    }

    private static GazetteerEntry only(String alias) {
        List<GazetteerEntry> es = GAZ.lookup(alias);
        assertFalse(es.isEmpty(), "no entry for " + alias);
        return es.get(0);
    }

    // ------------------------------------------------------------ finding

    @Test
    void theLongestAliasWins() {
        List<GazetteerMatch> ms = GAZ.find("美国国务院发言人说");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("rl:org/us-state-department", ms.get(0).entry().id());
        assertEquals(0, ms.get(0).start());
        assertEquals(5, ms.get(0).end());

        assertEquals(List.of("rl:loc/taiwan-strait"), ids("台湾海峡局势"));
        assertEquals(List.of("rl:person/han-kuo-yu"), ids("韩国瑜表示"));
        assertEquals(List.of("Q184"), ids("白俄罗斯总统"));
        assertEquals(List.of("rl:gpe/inner-mongolia"), ids("内蒙古"));
        assertEquals(List.of("rl:org/taiwan-affairs-office"), ids("国务院台湾事务办公室"));
        // and the shorter ones still match on their own
        assertEquals(List.of("Q30", "rl:org/cn-state-council"), ids("美国和国务院"));
    }

    @Test
    void matchesCarryOffsetsIntoTheText() {
        String text = "亚太经合组织领导人非正式会议下周在美国旧金山举行。美国总统拜登计划在旧金山与习近平举行双边会谈。";
        List<GazetteerMatch> ms = GAZ.find(text);
        for (GazetteerMatch m : ms) {
            assertEquals(m.alias(), text.substring(m.start(), m.end()));
        }
        assertEquals(List.of("rl:org/apec", "Q30", "Q62", "Q30", "Q6279", "Q62", "Q15031"),
                ms.stream().map(m -> m.entry().id()).toList());
        GazetteerMatch biden = ms.get(4);
        assertEquals(text.indexOf("拜登"), biden.start());
        assertEquals(text.indexOf("拜登") + 2, biden.end());
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).end() <= ms.get(i).start(), "overlap at " + i);
        }
    }

    @Test
    void traditionalTextIsMatchedToo() {
        assertEquals(List.of("Q30", "rl:org/us-house", "rl:person/nancy-pelosi", "Q865"), ids("美國前眾議院議長裴洛西訪問臺灣"));
    }

    @Test
    void anAmbiguousAliasKeepsEveryCandidateWithTheDefaultFirst() {
        GazetteerMatch m = GAZ.find("美国驻中国大使伯恩斯形容").get(2);
        assertEquals("伯恩斯", m.alias());
        assertTrue(m.ambiguous());
        assertEquals("rl:person/nicholas-burns", m.entry().id());
        assertEquals(Set.of("rl:person/nicholas-burns", "rl:person/william-burns"),
                m.candidates().stream().map(GazetteerEntry::id).collect(Collectors.toSet()));
        assertFalse(GAZ.find("拜登").get(0).ambiguous());
    }

    @Test
    void latinAliasesMatchWholeWordsOnly() {
        assertEquals(List.of("rl:org/apec"), ids("APEC峰会"));
        assertEquals(List.of("Q1065"), ids("the UN said"));
        assertEquals(List.of(), ids("UNHCR and Trumpet"));
        assertEquals(List.of("Q22686"), ids("Trump说"));
    }

    @Test
    void findIsSafeToShareAcrossThreads() {
        String text = "美中两国外交官员为拜习会营造气氛，华府和北京之间的分歧，中共中央政治局委员王毅访问华盛顿。";
        List<GazetteerMatch> expected = GAZ.find(text);
        List<List<GazetteerMatch>> got = IntStream.range(0, 200).parallel().mapToObj(i -> GAZ.find(text)).toList();
        got.forEach(g -> assertEquals(expected, g));
        assertThrows(UnsupportedOperationException.class, () -> GAZ.entries().add(null));
        assertThrows(UnsupportedOperationException.class, () -> GAZ.lookup("拜登").clear());
    }

    private static List<String> ids(String text) {
        return GAZ.find(text).stream().map(m -> m.entry().id()).toList();
    }

    // ------------------------------------------------------------ malformed files

    private static final String HEADER = "# a test gazetteer\nid\ttype\tcanonical\taffiliation\taliases\troles\tnote\n";

    private static IllegalArgumentException rejected(String body) {
        return assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("inline.tsv", new StringReader(HEADER + body)));
    }

    @Test
    void aBadTypeIsRejectedWithFileAndLine() {
        IllegalArgumentException e = rejected("""
                Q30\tGPE\t美国\tUS\t美國\t\t
                Q148\tCOUNTRY\t中国\tCN\t\t\t
                """);
        assertTrue(e.getMessage().startsWith("inline.tsv:4: unknown type 'COUNTRY'"), e.getMessage());
    }

    @Test
    void aDuplicateIdIsRejected() {
        IllegalArgumentException e = rejected("""
                Q30\tGPE\t美国\tUS\t\t\t
                Q30\tGPE\t美利坚\tUS\t\t\t
                """);
        assertTrue(e.getMessage().startsWith("inline.tsv:4: duplicate id Q30 (first at inline.tsv:3)"), e.getMessage());
    }

    @Test
    void badIdsAreRejected() {
        assertTrue(rejected("Q030\tGPE\t美国\tUS\t\t\t\n").getMessage().startsWith("inline.tsv:3: bad Wikidata id"));
        assertTrue(rejected("Q30a\tGPE\t美国\tUS\t\t\t\n").getMessage().startsWith("inline.tsv:3: bad Wikidata id"));
        assertTrue(rejected("wang-yi\tPERSON\t王毅\tCN\t\t\t\n").getMessage().startsWith("inline.tsv:3: bad id"));
        assertTrue(rejected("rl:org/wang-yi\tPERSON\t王毅\tCN\t\t\t\n").getMessage()
                .startsWith("inline.tsv:3: id 'rl:org/wang-yi' does not fit type PERSON"));
    }

    @Test
    void otherBadCellsAreRejected() {
        assertTrue(rejected("Q30\tGPE\t美国\tusa\t\t\t\n").getMessage().startsWith("inline.tsv:3: affiliation"));
        assertTrue(rejected("Q30\tGPE\t美国\tUS\t美國||USA\t\t\n").getMessage().startsWith("inline.tsv:3: empty alias"));
        assertTrue(rejected("rl:person/x\tPERSON\t某\tUS\t\t总统2021-2025\t\n").getMessage().startsWith("inline.tsv:3: bad role"));
        assertTrue(rejected("rl:person/x\tPERSON\t某\tUS\t\t总统 2025-2021\t\n").getMessage().startsWith("inline.tsv:3: role"));
        assertTrue(rejected("rl:person/x\tPERSON\t\tUS\t\t\t\n").getMessage().startsWith("inline.tsv:3: missing canonical"));
        assertTrue(rejected("rl:person/x\tPERSON\t某\tUS\t\t\t\textra\n").getMessage().startsWith("inline.tsv:3: 8 columns"));
        IllegalArgumentException noHeader = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("inline.tsv", new StringReader("id\ttype\tname\n")));
        assertTrue(noHeader.getMessage().startsWith("inline.tsv:1: header must be"), noHeader.getMessage());
    }

    @Test
    void anAliasOfTwoEntitiesOfOneTypeIsRejectedUnlessBothSayAmbiguous() {
        IllegalArgumentException e = rejected("""
                rl:person/nicholas-burns\tPERSON\t伯恩斯\tUS\tNicholas Burns\t\t
                rl:person/william-burns\tPERSON\t威廉·伯恩斯\tUS\t伯恩斯\t\t
                """);
        assertTrue(e.getMessage().startsWith("inline.tsv:4: alias '伯恩斯' of rl:person/william-burns is already a PERSON alias"
                + " of rl:person/nicholas-burns (inline.tsv:3)"), e.getMessage());

        IllegalArgumentException oneSided = rejected("""
                rl:person/nicholas-burns\tPERSON\t伯恩斯\tUS\t\t\t
                rl:person/william-burns\tPERSON\t威廉·伯恩斯\tUS\t伯恩斯\t\tambiguous: 伯恩斯
                """);
        assertTrue(oneSided.getMessage().startsWith("inline.tsv:4: alias '伯恩斯'"), oneSided.getMessage());

        Gazetteer ok = Gazetteer.parse("inline.tsv", new StringReader(HEADER + """
                rl:person/nicholas-burns\tPERSON\t伯恩斯\tUS\t\t驻华大使 2022-2025\tambiguous: 伯恩斯 (the default)
                rl:person/william-burns\tPERSON\t威廉·伯恩斯\tUS\t伯恩斯\t\tambiguous: 伯恩斯
                rl:gpe/burns\tGPE\t伯恩斯\tUS\t\t\ta place of the same name: another type, no conflict
                """));
        assertEquals(List.of("rl:person/nicholas-burns", "rl:person/william-burns", "rl:gpe/burns"),
                ok.lookup("伯恩斯").stream().map(GazetteerEntry::id).toList());
        GazetteerEntry.Role role = ok.byId("rl:person/nicholas-burns").orElseThrow().roles().get(0);
        assertEquals(new GazetteerEntry.Role("驻华大使", 2022, 2025), role);

        IllegalArgumentException stale = rejected("rl:person/x\tPERSON\t某\tUS\t\t\tambiguous: 某\n");
        assertTrue(stale.getMessage().startsWith("inline.tsv:3: '某' is declared ambiguous but no other PERSON has it"),
                stale.getMessage());
    }

    @Test
    void loadReadsADirectoryAndFallsBackToTheJar(@TempDir Path dir) throws IOException {
        assertEquals(GAZ.entries(), Gazetteer.load(dir).entries());
        Files.writeString(dir.resolve(Gazetteer.ACTORS), HEADER + "Q30\tGPE\t美国\tUS\t美國\t\t\n", StandardCharsets.UTF_8);
        Gazetteer one = Gazetteer.load(dir);
        assertEquals(1, one.entries().size());
        Files.writeString(dir.resolve(Gazetteer.ACTORS), HEADER + "Q30\tGPE\t美国\tUS\t美國\t\t\nQ30\tGPE\t美\tUS\t\t\t\n",
                StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve(Gazetteer.ACTORS) + ":4: duplicate id"), e.getMessage());
        Map<String, GazetteerEntry> byId = GAZ.entries().stream().collect(Collectors.toMap(GazetteerEntry::id, Function.identity()));
        assertEquals(byId.size(), GAZ.entries().size());
    }
}
