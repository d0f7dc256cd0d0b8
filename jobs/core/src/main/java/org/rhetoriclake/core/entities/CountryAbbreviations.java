package org.rhetoriclake.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Countries written as one character inside a compound, the way Chinese news names the sides of a relation:
 * {@code 中美关系}, {@code 美日韩三国}, {@code 欧美国家}, {@code 美方表示}, {@code 日媒报道}. Each character is a
 * mention of its country (GPE, fine type COUNTRY), so trend queries count {@code 中美} as both China and the US.
 *
 * <p>Only three shapes are recognised, because one character alone is too ambiguous ({@code 美} is also
 * "beautiful", {@code 日} "day", {@code 法} "law"):
 * <ol>
 *   <li>a run of two or more abbreviations followed by a word that names a relation or a group of states
 *       ({@code 关系}, {@code 两国}, {@code 双方}, {@code 会谈}, {@code 贸易}, {@code 国家} …);</li>
 *   <li>one abbreviation followed by {@code 方} (the side) or {@code 媒} (its media), when {@code 方} does not
 *       begin another word ({@code 方面}, {@code 方式}, {@code 方法}: {@code 其中方面} is not China's side);</li>
 *   <li>a verb of going, staying or acting towards a country, then {@code 华}, {@code 美} or {@code 日}
 *       ({@code 访华}, {@code 驻华大使}, {@code 对美出口}, {@code 赴日}), unless the character begins another word
 *       there ({@code 在华盛顿}, {@code 对美元}, {@code 在日内瓦}).</li>
 * </ol>
 */
final class CountryAbbreviations {
    /** The one-character forms news uses for the actors of diplomacy, with their ISO 3166 codes. */
    static final Map<Character, String> CODES = Map.ofEntries(
            Map.entry('中', "CN"), Map.entry('华', "CN"), Map.entry('美', "US"), Map.entry('日', "JP"),
            Map.entry('俄', "RU"), Map.entry('英', "GB"), Map.entry('法', "FR"), Map.entry('德', "DE"),
            Map.entry('欧', "EU"), Map.entry('韩', "KR"), Map.entry('朝', "KP"), Map.entry('台', "TW"),
            Map.entry('港', "HK"), Map.entry('澳', "AU"), Map.entry('印', "IN"), Map.entry('越', "VN"),
            Map.entry('菲', "PH"), Map.entry('泰', "TH"), Map.entry('巴', "PK"), Map.entry('以', "IL"),
            Map.entry('意', "IT"), Map.entry('加', "CA"), Map.entry('蒙', "MN"), Map.entry('乌', "UA"),
            Map.entry('伊', "IR"), Map.entry('土', "TR"), Map.entry('新', "SG"), Map.entry('缅', "MM"),
            Map.entry('老', "LA"), Map.entry('柬', "KH"));
    /** Those safe before 方 and 媒: the others make ordinary words there (新方法, 加方向, 老方子, 以方便). */
    private static final String SIDE_SAFE = "中美日俄英法德欧韩朝台印越菲澳泰";
    /** What follows 方 when it starts another word rather than meaning "side". */
    private static final String NOT_SIDE_NEXT = "面式法向案针便位圆言块形程阵子剂略寸格舟正";
    /** Words after a compound that make it a relation or a group of states. */
    private static final List<String> RELATION_WORDS = List.of("关系", "两国", "三国", "四国", "双方", "三方", "会谈",
            "会晤", "峰会", "首脑", "元首", "外长", "防长", "合作", "贸易", "经贸", "对话", "之间", "战略", "竞争",
            "建交", "联合", "友好", "军演", "联演", "同盟", "冲突", "对抗", "两军", "磋商", "协议", "协定", "谈判",
            "分歧", "交流", "共同", "国家", "各国", "等国", "诸国", "间", "贸易战", "科技", "博弈", "脱钩", "摩擦",
            "紧张", "和解", "缓和", "高层", "领导人", "官员", "学者", "商界", "人民", "民间", "边境", "边界", "海上",
            "军事", "安全", "首都", "直航", "航线", "大使", "使馆", "同意", "签署", "联手");

    /** Verbs and prepositions that take a country: visit, be stationed in, come to, towards, against … */
    private static final String TOWARDS = "访驻来对援反涉赴在旅侵抵离返留亲知仇排";
    /** What follows 华, 美 or 日 when the character begins another word instead of naming the country. */
    private static final Map<Character, String> NOT_COUNTRY_NEXT = Map.of(
            '华', "盛人侨裔府尔丽夏东南北中西语文字山灯贵美为商莱沙纳润章彩服诞丰",
            '美', "国洲元金术食好丽妙女德容景味满化誉梦感观意",
            '日', "本报期前后子常益趋内均夜记元程上下光落出用历晚起中至止渐夕晒照间益军语文");

    private CountryAbbreviations() {
    }

    /**
     * One abbreviation found: its offset in the text, its country code, and the extent of the compound it is
     * part of ({@code 中美} in {@code 中美关系}, {@code 美方}), which no other mention may cut across.
     */
    record Found(int at, String code, int compoundStart, int compoundEnd) {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!CODES.containsKey(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && CODES.containsKey(text.charAt(end)) && end - i < 4) {
                end++;
            }
            if (end - i >= 2 && startsWithRelation(text, end) && distinct(text, i, end)) {
                for (int k = i; k < end; k++) {
                    out.add(new Found(k, CODES.get(text.charAt(k)), i, end));
                }
                i = end;
                continue;
            }
            char c = text.charAt(i);
            if (i > 0 && TOWARDS.indexOf(text.charAt(i - 1)) >= 0 && NOT_COUNTRY_NEXT.containsKey(c)
                    && (i + 1 >= n || NOT_COUNTRY_NEXT.get(c).indexOf(text.charAt(i + 1)) < 0)
                    && (i + 1 >= n || !CODES.containsKey(text.charAt(i + 1)))) {
                out.add(new Found(i, CODES.get(c), i, i + 1));
                i++;
                continue;
            }
            if (i + 1 < n && SIDE_SAFE.indexOf(c) >= 0 && (isSide(text, i + 1) || text.charAt(i + 1) == '媒')
                    && (i == 0 || !CODES.containsKey(text.charAt(i - 1)) || text.charAt(i - 1) == c)) {
                out.add(new Found(i, CODES.get(c), i, i + 2));
            }
            i++;
        }
        return out;
    }

    private static boolean isSide(String text, int at) {
        return text.charAt(at) == '方' && (at + 1 >= text.length() || NOT_SIDE_NEXT.indexOf(text.charAt(at + 1)) < 0);
    }

    private static boolean startsWithRelation(String text, int at) {
        for (String w : RELATION_WORDS) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Two abbreviations of one country in a row ({@code 中华}) are a word, not a pair of sides. */
    private static boolean distinct(String text, int start, int end) {
        for (int a = start; a < end; a++) {
            for (int b = a + 1; b < end; b++) {
                if (CODES.get(text.charAt(a)).equals(CODES.get(text.charAt(b)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
