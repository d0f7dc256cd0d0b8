package org.rhetoriclake.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryAbbreviationsTest {

    private static List<String> codes(String text) {
        return CountryAbbreviations.find(text).stream().map(f -> f.at() + ":" + f.code()).toList();
    }

    @Test
    void compoundsBeforeARelationWordAreEachTheirCountry() {
        assertEquals(List.of("0:CN", "1:US"), codes("中美关系出现转机"));
        assertEquals(List.of("2:US", "3:JP", "4:KR"), codes("加强美日韩三国合作"));
        assertEquals(List.of("0:EU", "1:US"), codes("欧美国家纷纷表态"));
    }

    @Test
    void sidesAndMediaAreTheirCountry() {
        assertEquals(List.of("0:US"), codes("美方表示将继续沟通"));
        assertEquals(List.of("1:JP"), codes("据日媒报道"));
        assertEquals(List.of("0:CN", "4:US"), codes("中方敦促美方停止"));
    }

    @Test
    void ordinaryWordsAreNotCountries() {
        assertEquals(List.of(), codes("其中方面的问题"), "方面 is not a side");
        assertEquals(List.of(), codes("中美洲国家"), "Central America: 洲 breaks the compound");
        assertEquals(List.of(), codes("美丽的日子"));
        assertEquals(List.of(), codes("用新方法解决"), "新 is not safe before 方");
        assertEquals(List.of(), codes("中华民族"), "two forms of one country are a word");
    }

    @Test
    void aCountryAfterAVerbOfGoingOrActingTowardsIt() {
        assertEquals(List.of("3:CN"), codes("新任驻华大使抵京"));
        assertEquals(List.of("3:CN"), codes("总统访华期间"));
        assertEquals(List.of("1:US"), codes("对美出口增长"));
        assertEquals(List.of(), codes("他在华盛顿表示"), "华盛顿 is Washington");
        assertEquals(List.of(), codes("对美元汇率"), "美元 is the dollar");
        assertEquals(List.of(), codes("会议在日内瓦举行"), "日内瓦 is Geneva");
    }
}
