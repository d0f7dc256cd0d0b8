package org.rhetoriclake.core.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.model.QuoteKind;
import org.rhetoriclake.core.model.SpeakerType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconsTest {

    @Test
    void defaultsLoadFromTheClasspath() {
        Lexicons lex = Lexicons.defaults();
        Lexicons.CueVerb biaoshi = lex.cueVerbs().stream().filter(c -> c.cue().equals("表示")).findFirst().orElseThrow();
        assertTrue(biaoshi.has("bare") && biaoshi.has("ju"));
        Lexicons.CueVerb shuo = lex.cueVerbs().stream().filter(c -> c.cue().equals("说")).findFirst().orElseThrow();
        assertTrue(shuo.forms().contains("說"));
        assertTrue(shuo.notIn().contains("说法"));
        assertEquals(SpeakerType.PERSON, head(lex, "大使"));
        assertEquals(SpeakerType.ANONYMOUS, head(lex, "知情人士"));
        assertEquals(SpeakerType.MEDIA, head(lex, "媒体"));
        assertEquals(SpeakerType.ORGANISATION, head(lex, "外交部"));
        assertTrue(lex.affiliations().contains(new Lexicons.Affiliation("美", "US", true)));
        assertTrue(lex.affiliations().contains(new Lexicons.Affiliation("台湾", "TW", false)));
    }

    private static SpeakerType head(Lexicons lex, String title) {
        return lex.roleTitles().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().type();
    }

    @Test
    void earliestAffiliationWins() {
        Vocab v = new Vocab(Lexicons.defaults());
        assertEquals("CN", v.affiliation("中国驻美国大使"));
        assertEquals("US", v.affiliation("美国驻中国大使"));
        assertEquals("TW", v.affiliation("台湾的国防安全研究院国家安全研究所所长"));
        assertEquals("US", v.affiliation("美方官员"));
        assertEquals(null, v.affiliation("研究中心主任")); // 中 is CN only at the start
    }

    @Test
    void aDirectoryReplacesOneFileAndFallsBackForTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Lexicons.CUE_VERBS), """
                # a deployment's own cue list
                cue\ttraditional\thints\tnot_in
                放话\t放話\tsay\t
                """, StandardCharsets.UTF_8);
        Lexicons lex = Lexicons.fromDirectory(dir);
        assertEquals(1, lex.cueVerbs().size());
        assertEquals(Lexicons.defaults().roleTitles(), lex.roleTitles());
        QuoteExtractor extractor = new QuoteExtractor(lex);
        var quotes = extractor.extract(QuoteExtractorTest.article("美国国务卿康宁放话，美方不会让步。"), List.of());
        assertEquals(1, quotes.size());
        assertEquals(QuoteKind.INDIRECT, quotes.get(0).kind());
        assertEquals("放话", quotes.get(0).cue());
        assertEquals("康宁", quotes.get(0).speaker());
        assertTrue(extractor.extract(QuoteExtractorTest.article("康宁表示，美方不会让步。"), List.of()).isEmpty(),
                "表示 is not in this deployment's list");
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        IllegalArgumentException hint = assertThrows(IllegalArgumentException.class, () -> Lexicons.parseCueVerbs(
                "cue-verbs.tsv", new StringReader("cue\ttraditional\thints\tnot_in\n表示\t表示\tloud\t\n")));
        assertTrue(hint.getMessage().startsWith("cue-verbs.tsv:2:"), hint.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicons.parseCueVerbs(
                "cue-verbs.tsv", new StringReader("cue\ttraditional\thints\tnot_in\n称\t稱\tsay\t说法\n")));
        assertThrows(IllegalArgumentException.class, () -> Lexicons.parseRoleTitles(
                "role-titles.tsv", new StringReader("title\ttraditional\ttype\n大使\t\tDIPLOMAT\n")));
        assertThrows(IllegalArgumentException.class, () -> Lexicons.parseAffiliations(
                "affiliations.tsv", new StringReader("prefix\tcode\twhere\n美国\tUSA\tany\n")));
        assertThrows(IllegalArgumentException.class, () -> Lexicons.parseAffiliations(
                "affiliations.tsv", new StringReader("prefix\tcountry\n美国\tUS\n")));
    }

    @Test
    void byteOrderMarkAndCommentsAreTolerated() {
        List<Lexicons.Affiliation> a = Lexicons.parseAffiliations("affiliations.tsv",
                new StringReader("\uFEFF# comment\n\nprefix\tcode\twhere\n# another\n日本\tJP\t\n"));
        assertEquals(List.of(new Lexicons.Affiliation("日本", "JP", false)), a);
    }
}
