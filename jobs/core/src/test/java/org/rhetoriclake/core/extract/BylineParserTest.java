package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Byline;

class BylineParserTest {
    private final BylineParser parser = new BylineParser();

    private Byline parse(String text) {
        Optional<Byline> b = parser.parse(text);
        assertTrue(b.isPresent(), () -> "not read as a byline: " + text);
        return b.get();
    }

    private void notByline(String text) {
        assertEquals(Optional.empty(), parser.parse(text), text);
    }

    @Test
    void theSeedLine() {
        assertEquals(new Byline(List.of("高锋"), List.of("许书婷", "梒青"), List.of("瑞哲")),
                parse("记者：高锋    责编：许书婷、梒青    网编：瑞哲"));
        assertEquals(new Byline(List.of("高锋"), List.of("许书婷", "梒青"), List.of("瑞哲")),
                parse("记者：高锋\u00a0\u00a0\u00a0 责编：许书婷、梒青\u3000网编：瑞哲"));
    }

    @Test
    void namesSplitOnEveryCommonSeparator() {
        assertEquals(List.of("甲", "乙", "丙", "丁", "戊", "己"), parse("编辑：甲、乙，丙,丁/戊 己").editors());
        assertEquals(List.of("甲", "乙"), parse("记者:甲  乙").reporters());
    }

    @Test
    void traditionalLabels() {
        assertEquals(new Byline(List.of("王小明"), List.of("陳大文", "林美"), List.of("李四")),
                parse("記者：王小明 責編：陳大文 編輯：林美 網編：李四"));
    }

    @Test
    void longerLabelsWinAndQualifiersAreNotNames() {
        Byline b = parse("本报记者：张三 实习记者：李四 责任编辑：王五 网络编辑：赵六");
        assertEquals(List.of("张三", "李四"), b.reporters());
        assertEquals(List.of("王五"), b.editors());
        assertEquals(List.of("赵六"), b.webEditors());
        assertEquals(List.of("孙七"), parse("作者 ： 孙七").reporters());
    }

    @Test
    void bracketsAroundTheLineAndIgnoredCreditsAreAccepted() {
        assertEquals(new Byline(List.of(), List.of("王五"), List.of()), parse("（责任编辑：王五）"));
        assertEquals(new Byline(List.of(), List.of("王五"), List.of()), parse("【编辑：王五】"));
        assertEquals(new Byline(List.of("张三"), List.of(), List.of()), parse("记者：张三 摄影：李四 来源：新华网"));
    }

    @Test
    void repeatedNamesAreKeptOnce() {
        assertEquals(List.of("张三"), parse("记者：张三 作者：张三").reporters());
    }

    @Test
    void proseIsNotAByline() {
        notByline("记者：您如何看待当前的中美关系？");
        notByline("记者：“我们会继续合作。”");
        notByline("他对记者：说了很多");
        notByline("王毅：总体稳定。");
        notByline("来源：新华网");
        notByline("编辑：");
        notByline("记者：" + "很长的名字".repeat(4));
        notByline("记者：张三 " + "李".repeat(BylineParser.MAX_LINE_CHARS));
        notByline("");
        notByline(null);
    }

    @Test
    void mergeKeepsOrderAndDropsRepeats() {
        Byline merged = BylineParser.merge(new Byline(List.of("甲"), List.of("乙"), List.of()),
                new Byline(List.of("丙", "甲"), List.of(), List.of("丁")));
        assertEquals(new Byline(List.of("甲", "丙"), List.of("乙"), List.of("丁")), merged);
    }
}
