package org.rhetoriclake.core.rhetoric;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cheapest negation that still matters for diplomatic tone: a negator written right before a term turns the
 * term's polarity around. 不寻求新冷战 and 避免冲突 are conciliatory, 拒绝对话 and 破坏互信 hostile.
 *
 * <p>Two lists, because opposing something hostile is not conciliatory: 坚决反对台独 and 反对霸权 stay negative,
 * while 反对对话 turns negative.
 * <ul>
 *   <li>{@link #RENOUNCING} turn any term around (不, 没有, 避免, 拒绝…): saying one will not do X;</li>
 *   <li>{@link #UNDERMINING} only turn positive terms around (反对, 破坏, 损害…).</li>
 * </ul>
 * Demands are deliberately not negators: 停止挑衅 and 不得干涉 stay hostile, which is how they read.
 *
 * <p>Only the text between the previous hit and this one is looked at, and the negator must end exactly where the
 * term starts. So 未能达成共识 is not seen as negated (a verb stands between), and a negator is never taken from
 * inside another term. Set phrases that contain a negator (不冲突不对抗, 不干涉内政, 永不称霸) are terms of their
 * own in the lexicon, so their polarity is written, not computed.
 */
final class Negation {
    private Negation() {
    }

    /** Negators that turn any term around, Simplified then Traditional. */
    static final List<String> RENOUNCING = List.of(
            "不", "未", "没有", "无意", "避免", "防止", "拒绝", "不会", "不要", "不应", "不能", "不搞", "不寻求",
            "不是", "并非", "而非",
            "沒有", "無意", "拒絕", "不會", "不應", "不尋求", "並非");

    /** Negators that only turn positive (conciliatory) terms around, Simplified then Traditional. */
    static final List<String> UNDERMINING = List.of(
            "反对", "破坏", "损害", "缺乏", "违背", "背离", "阻挠", "阻碍", "毒化",
            "反對", "破壞", "損害", "違背", "背離", "阻撓", "阻礙");

    private static final int LONGEST = Stream.concat(RENOUNCING.stream(), UNDERMINING.stream())
            .max(Comparator.comparingInt(String::length)).orElseThrow().length();

    /**
     * Whether a negator ends at {@code termStart}, lying wholly at or after {@code from} (the end of the previous
     * hit), for a term of the given polarity.
     */
    static boolean negates(String text, int from, int termStart, int polarity) {
        String before = text.substring(Math.max(from, termStart - LONGEST), termStart);
        if (RENOUNCING.stream().anyMatch(before::endsWith)) {
            return true;
        }
        return polarity > 0 && UNDERMINING.stream().anyMatch(before::endsWith);
    }
}
