package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleMatchTest {
    @Test
    void exactAfterWhitespaceFolding() {
        assertTrue(TitleMatch.matches("外国专家：中美合作共赢符合国际社会利益", " 外国专家：中美合作共赢符合国际社会利益\n", false));
        assertTrue(TitleMatch.matches("平鎮輪胎行惡火　疏散7人", "平鎮輪胎行惡火  疏散7人", false));
        assertFalse(TitleMatch.matches("外国专家：中美合作", "外国专家：中美合作共赢符合国际社会利益", false));
    }

    @Test
    void truthWithTheSiteNameCutOff() {
        String truth = "宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网";
        assertTrue(TitleMatch.matches("宇航员在太空中喝酒会怎么样？后果很严重", truth, false));
        assertTrue(TitleMatch.matches("宇航员在太空中喝酒会怎么样？后果很严重 _探索者", truth, false));
        assertTrue(TitleMatch.matches(truth, truth, false));
        assertTrue(TitleMatch.matches("DeepMind新电脑已可利用记忆自学", "DeepMind新电脑已可利用记忆自学 | 腾讯网", false));
        assertTrue(TitleMatch.matches("新竹尖石", "新竹尖石 – 痞客邦", false));
        assertTrue(TitleMatch.matches("新竹尖石_美樹營地賞楓 (2)", "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家 :: 痞客邦 ::", false));
        assertFalse(TitleMatch.matches("光明网", truth, false));
    }

    @Test
    void passageTruthsMustBeContained() {
        assertTrue(TitleMatch.matches("平鎮輪胎行惡火 疏散7人1女命喪 - 社會 - 中央社", "平鎮輪胎行惡火  疏散7人1女命喪", true));
        assertFalse(TitleMatch.matches("平鎮輪胎行惡火", "平鎮輪胎行惡火  疏散7人1女命喪", true));
    }

    @Test
    void missingTitlesNeverMatch() {
        assertFalse(TitleMatch.matches(null, "标题", false));
        assertFalse(TitleMatch.matches(" ", "标题", true));
    }
}
