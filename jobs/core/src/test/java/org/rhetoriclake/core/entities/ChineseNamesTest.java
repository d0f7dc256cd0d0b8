package org.rhetoriclake.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseNamesTest {

    @Test
    void surnameAndGivenName() {
        for (String name : new String[] {"夏明", "沈明室", "王毅", "习近平", "言茂松", "陳大文", "欧阳娜娜", "司马光", "諸葛亮"}) {
            assertTrue(ChineseNames.looksLikeName(name), name);
        }
    }

    @Test
    void transliterationsWithAMiddleDot() {
        for (String name : new String[] {"约翰·米勒", "劳拉·赛丽丝提娅·洛克菲勒", "哈立德•泰穆尔", "约翰・米勒"}) {
            assertTrue(ChineseNames.looksLikeName(name), name);
        }
        assertFalse(ChineseNames.looksLikeName("マイク・ヨハネス"), "Han characters only");
        assertFalse(ChineseNames.looksLikeName("约翰·"));
        assertFalse(ChineseNames.looksLikeName("·米勒"));
    }

    @Test
    void notNames() {
        for (String word : new String[] {"认为", "电话", "中国", "夏", "夏明明明", "Axios", "夏明1", "", "提供", "哨声波"}) {
            assertFalse(ChineseNames.looksLikeName(word), word);
        }
        assertFalse(ChineseNames.looksLikeName(null));
    }

    @Test
    void namesOutsideTheBasicPlaneCountAsCharacters() {
        assertTrue(ChineseNames.looksLikeName("王𠮷"), "two code points, three chars");
        assertFalse(ChineseNames.looksLikeName("王𠮷𠮷𠮷"));
    }
}
