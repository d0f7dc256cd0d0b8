package org.rhetoriclake.core.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMarksTest {

    private static List<String> inners(String t) {
        return QuoteMarks.find(t).stream().map(s -> t.substring(s.innerStart(), s.innerEnd())).toList();
    }

    @Test
    void pairsEachStyle() {
        assertEquals(List.of("甲", "乙", "丙", "丁"), inners("他说“甲”，又说「乙」，再说『丙』，最后说\"丁\"。"));
    }

    @Test
    void curlyOpeningMayCloseWithAStraightMark() {
        assertEquals(List.of("蹭了蹭"), inners("他说是往眼睛上“蹭了蹭\"。"));
    }

    @Test
    void innerMarksStayInside() {
        assertEquals(List.of("这是‘收割’行为"), inners("他表示，“这是‘收割’行为”。"));
        assertEquals(List.of("外『内』外"), inners("「外『内』外」"));
    }

    @Test
    void unclosedQuotationOnlyWhereOneRunsOn() {
        List<QuoteMarks.Span> atStart = QuoteMarks.find("“这段话延续到下一段");
        assertEquals(1, atStart.size());
        assertFalse(atStart.get(0).closed());
        assertTrue(QuoteMarks.find("一个孤立的“引号出现在句中").isEmpty());
        assertEquals(1, QuoteMarks.find("他说：“这段话延续到下一段").size());
    }
}
