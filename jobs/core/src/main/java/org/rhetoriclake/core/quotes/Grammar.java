package org.rhetoriclake.core.quotes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed-class words of Chinese news prose that delimit a speaker phrase: sentence connectives and time
 * expressions before it, adverbs and prepositional phrases between it and the cue ({@code 谢锋则表示},
 * {@code 小花奶奶向澎湃新闻称}). These are grammar, not vocabulary an editor extends, so they live in code;
 * the lexicon files hold the open classes (cue verbs, titles, places).
 *
 * <p>Single characters are ambiguous: {@code 在} is a preposition in {@code 他在会上说} but part of the word in
 * {@code 现在}. Each single-character token therefore carries the characters that, before or after it, make it
 * part of a longer word; the lists are pragmatic, grown from the dev gold, not a dictionary.
 */
final class Grammar {

    private Grammar() {
    }

    static final Set<String> PRONOUNS = Set.of("他", "她", "他们", "她们", "他們", "她們", "其", "他本人", "她本人");
    static final Set<String> PLURAL_PRONOUNS = Set.of("他们", "她们", "他們", "她們");

    /** Words that stand for the last outlet named ({@code 报道称，…} after {@code 英国《泰晤士报》发表报道}). */
    static final Set<String> MEDIA_ANAPHORS = Set.of("报道", "报道中", "该报道", "该报", "该媒体", "该网站", "该台", "该社",
            "報道", "報導", "報道中", "報導中", "該報道", "該報導", "該報", "該媒體");

    /** Never a speaker: the article's own voice, generic people, demonstratives. */
    static final Set<String> NOT_SPEAKERS = Set.of("这", "那", "此", "它", "它们", "这些", "那些", "这也", "这就", "这才",
            "我", "我们", "笔者", "本报", "记者", "本报记者", "本台记者", "本刊记者", "人们", "大家", "谁", "人", "有人",
            "一些人", "文中", "书中", "其中", "这里", "那里", "這", "這些", "我們", "記者", "本報記者", "人們", "這也");

    /** A phrase starting with one of these is a subordinate clause, not a speaker. */
    static final List<String> CLAUSE_OPENERS = List.of("为了", "如果", "虽然", "因为", "由于", "只有", "不管", "无论",
            "即使", "尽管", "假如", "要是", "除了", "為了", "雖然", "因為", "由於", "無論", "儘管");

    private static final List<String> LEADING = sortedLongestFirst(List.of(
            "与此同时", "另一方面", "一方面", "事实上", "实际上", "特别是", "紧接着", "而且", "但是", "不过", "然而", "可是",
            "此外", "另外", "同时", "其实", "因此", "所以", "并且", "然后", "随后", "后来", "当时", "此前", "目前", "近日",
            "日前", "最近", "昨天", "今天", "前天", "昨日", "今日", "当天", "当日", "次日", "同日", "当晚", "对此", "为此",
            "还有", "也有", "另有", "有些", "有的", "最后", "首先", "其次", "同样", "尤其", "例如", "比如", "甚至", "随即",
            "接着", "之后", "此后", "早前", "去年", "今年", "上周", "本周", "近期", "不料", "于是", "当然", "显然", "可见",
            "总之", "那么", "不久前", "并", "並", "作为", "作為", "因为", "因為", "而", "但", "另", "又", "也", "还", "则", "就", "並且", "但是", "不過", "然而",
            "此外", "另外", "同時", "因此", "所以", "隨後", "後來", "當時", "對此", "還有", "也有", "還", "則"));

    private static final List<String> MULTI_TOKENS = sortedLongestFirst(List.of(
            "接受", "面对", "通过", "针对", "曾经", "此前", "早前", "日前", "近日", "随后", "随即", "当即", "同样", "同时",
            "公开", "专门", "特别", "进一步", "明确", "严厉", "亲切", "恳切", "反复", "纷纷", "先后", "分别", "一再", "多次",
            "再次", "一直", "不久前", "最近", "此后", "当天", "当日", "当晚", "昨天", "今天", "前天", "昨日", "今日", "上周",
            "本周", "下周", "今年", "去年", "首次", "再度", "已经", "正在", "率先", "当场", "正式", "近期", "日后",
            "依然", "仍然", "依旧", "频频", "始终", "一度", "依然", "仍然", "依舊", "頻頻",
            "接受", "面對", "通過", "針對", "曾經", "隨後", "隨即", "當即", "同樣", "同時", "公開", "專門", "進一步",
            "嚴厲", "親切", "懇切", "反覆", "紛紛", "一再", "再次", "一直", "當天", "當日", "首次", "已經"));

    /** Single-character tokens: {character, characters that may not precede it, characters that may not follow it}. */
    private static final Map<Character, String[]> SINGLE_TOKENS = new HashMap<>();

    static {
        single('则', "规原准否法守细总实", "");
        single('則', "規原準否法守細總實", "");
        single('也', "", "许");
        single('还', "偿归退交返送奉", "原");
        single('還', "償歸退交返送奉", "原");
        single('又', "", "");
        single('曾', "何未不", "");
        single('更', "变變", "新改换換正");
        single('均', "平人", "");
        single('都', "首成京古国國", "市");
        single('亦', "", "");
        single('并', "合兼吞", "购");
        single('並', "合兼吞", "購");
        single('已', "而不", "");
        single('将', "大老中少上即", "军领士");
        single('將', "大老中少上即", "軍領士");
        single('再', "一", "");
        single('仍', "", "");
        single('就', "成造迁早遷", "业职读诊是業職讀診");
        single('便', "方顺随順隨", "利");
        single('只', "一两几兩幾", "");
        single('向', "方倾意导走趋动面转志风傾導趨動轉風", "导導");
        single('对', "面针反相绝应核比派敌针", "象手话于称比");
        single('對', "面針反相絕應核比派敵", "象手話於稱比");
        single('跟', "紧脚緊腳", "进随踪進隨蹤");
        single('给', "供交补发递留送", "予");
        single('給', "供交補發遞留送", "予");
        single('在', "存现正实所自潜内外好現實潛內", "于乎意於");
        single('于', "由关对属位在等至处基鉴终善勇敢过急", "是");
        single('於', "由關對屬位在等至處基鑑終善勇敢過急", "是");
        single('从', "服随自听遵", "事而");
        single('從', "服隨自聽遵", "事而");
        single('以', "可所难加予足得给難給", "色来后前及上下为便免至致外來後為");
        single('因', "原基诱誘", "素");
    }

    private static void single(char c, String notAfter, String notBefore) {
        SINGLE_TOKENS.put(c, new String[]{notAfter, notBefore});
    }

    /** Phrases between a speaker and the cue that frame the statement ({@code 华能国际发布公告表示}). */
    private static final List<String> FRAMING = sortedLongestFirst(List.of(
            "简单做了", "做了", "作了", "进行了", "發佈公告", "发布公告", "发表声明", "发布声明", "发表讲话", "发表文章", "发表评论", "发表谈话", "发布消息", "发表", "发布",
            "發佈公告", "發表聲明", "發表講話", "發表文章", "發表"));

    private static final Pattern TIME = Pattern.compile(
            "(?:上|下|本)?(?:周|週|星期)[一二三四五六日天末]"
                    + "|(?:\\d{1,4}年(?:\\d{1,2}月)?(?:\\d{1,2}[日号號])?|\\d{1,2}月(?:\\d{1,2}[日号號])?|\\d{1,2}[日号號])"
                    + "(?:[上下中]午|晚上|早上|凌晨|晚间|晚間)?");

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Punctuation that ends the stretch a speaker phrase can occupy. */
    static boolean isBoundaryPunct(char c) {
        return isSentenceEnd(c) || c == '；' || c == ';' || c == '，' || c == ',' || c == '：' || c == ':' || c == '\n';
    }

    static boolean isWordChar(char c) {
        return isHan(c) || Character.isLetterOrDigit(c);
    }

    /** Length of a time expression at {@code k} ({@code 11月9日}, {@code 周一}), 0 if none. */
    static int timeAt(String t, int k, int limit) {
        if (k >= limit) {
            return 0;
        }
        Matcher m = TIME.matcher(t).region(k, limit);
        if (m.lookingAt() && m.end() > k) {
            return m.end() - k;
        }
        return 0;
    }

    /**
     * The phrase written right before {@code end} that can introduce a name there ({@code 美国驻中国大使} before
     * 伯恩斯): back to the clause start (punctuation, a space, or a character {@code stop} rejects), minus leading
     * connectives and time expressions, after the last {@code 的} and after the last separating token. Empty
     * when nothing is left; callers decide whether it ends with a role head.
     */
    static String rolePhraseBefore(String t, int end, java.util.function.IntPredicate stop) {
        int j = end - 1;
        while (j >= 0) {
            char c = t.charAt(j);
            if (stop.test(j) || isBoundaryPunct(c) || isSpace(c)) {
                break;
            }
            j--;
        }
        int a = skipLeading(t, j + 1, end);
        int lastDe = -1;
        for (int i = a; i < end; i++) {
            if (t.charAt(i) == '的') {
                lastDe = i;
            }
        }
        for (int k = end - 1; k > lastDe && k >= a; k--) {
            int len = boundaryTokenAt(t, k, a, end);
            if (len > 0 && k + len <= end) {
                a = k + len;
                break;
            }
        }
        if (a < end && (t.charAt(a) == '据' || t.charAt(a) == '據')) {
            a++;
        }
        return a < end ? t.substring(a, end).strip() : "";
    }

    /** Skips connectives, time expressions and spaces at the start of {@code [a, b)}; returns the new start. */
    static int skipLeading(String t, int a, int b) {
        boolean moved = true;
        while (moved && a < b) {
            moved = false;
            while (a < b && isSpace(t.charAt(a))) {
                a++;
                moved = true;
            }
            int time = timeAt(t, a, b);
            if (time > 0 && a + time < b) {
                a += time;
                moved = true;
                continue;
            }
            for (String w : LEADING) {
                if (t.startsWith(w, a) && a + w.length() < b) {
                    a += w.length();
                    moved = true;
                    break;
                }
            }
            if (!moved && t.charAt(a) == '有' && a + 2 < b && "关效利力限的助意望点时所可些名關點時".indexOf(t.charAt(a + 1)) < 0) {
                a++;
                moved = true;
            }
        }
        return a;
    }

    /**
     * Length of a token at {@code k} that separates a speaker from what follows it (an adverb, a preposition,
     * a time expression), 0 if there is none. {@code a} is the start of the phrase, for the word-internal checks.
     */
    static int boundaryTokenAt(String t, int k, int a, int limit) {
        if (k >= limit) {
            return 0;
        }
        for (String w : MULTI_TOKENS) {
            if (k + w.length() <= limit && t.startsWith(w, k)) {
                return w.length();
            }
        }
        char c = t.charAt(k);
        if (Character.isDigit(c)) {
            int time = timeAt(t, k, limit);
            // a bare number is part of a name (G7), a date is not
            return time > 0 && !t.substring(k, k + time).chars().allMatch(Character::isDigit) ? time : 0;
        }
        if ((c == '周' || c == '週' || c == '上' || c == '本' || c == '下' || c == '星') && timeAt(t, k, limit) > 1) {
            return timeAt(t, k, limit);
        }
        String[] guard = SINGLE_TOKENS.get(c);
        if (guard == null) {
            return 0;
        }
        if (k > a && guard[0].indexOf(t.charAt(k - 1)) >= 0) {
            return 0;
        }
        if (k + 1 < limit && guard[1].indexOf(t.charAt(k + 1)) >= 0) {
            return 0;
        }
        return 1;
    }

    /** Removes adverbs, framing phrases and spaces from the end of {@code [a, b)}; returns the new end. */
    static int stripTrailing(String t, int a, int b) {
        boolean moved = true;
        while (moved && b > a) {
            moved = false;
            while (b > a && isSpace(t.charAt(b - 1))) {
                b--;
                moved = true;
            }
            for (String w : FRAMING) {
                if (b - w.length() > a && t.startsWith(w, b - w.length())) {
                    b -= w.length();
                    moved = true;
                    break;
                }
            }
            for (String w : MULTI_TOKENS) {
                if (b - w.length() > a && t.startsWith(w, b - w.length())) {
                    b -= w.length();
                    moved = true;
                    break;
                }
            }
            if (moved) {
                continue;
            }
            if (b - 1 > a && SINGLE_TOKENS.containsKey(t.charAt(b - 1))
                    && boundaryTokenAt(t, b - 1, a, b) == 1 && "向对對跟给給在于於从從以因".indexOf(t.charAt(b - 1)) < 0) {
                b--;
                moved = true;
                continue;
            }
            if (b - 3 > a && t.charAt(b - 1) == '地' && "基当各本外内土山余陆场田境當內餘陸場".indexOf(t.charAt(b - 2)) < 0) {
                b -= 3; // 亲切地, 恳切地: a two-character adverb with 地
                moved = true;
            }
        }
        return b;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
