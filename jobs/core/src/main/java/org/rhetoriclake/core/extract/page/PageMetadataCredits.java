package org.rhetoriclake.core.extract.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetoriclake.core.entities.ChineseNames;

/**
 * Reads credits — who wrote, who edited, where it came from — out of lines of page text and metadata values.
 *
 * <p>Writers: {@code 作者：X}, {@code 文/X}, {@code 文｜X}, {@code 撰文：X}, {@code 执笔：X}, {@code 记者 X}
 * (also {@code 本报记者 X Y}, {@code 新京报记者 X 北京报道}, {@code （记者X 整合）}, {@code 記者X／桃園報導}),
 * {@code 实习生 X}, and the blog form {@code X 发表于 2005-9-15}. Editors: {@code 编辑：}, {@code 责任编辑：},
 * {@code 责编：} and the like. Sources: {@code 来源：X} names the outlet the story came from, which is not its
 * writer, so it is never read as an author.
 *
 * <p>A credited name must look like one: a 2–4 character Han name, a dotted transliteration
 * ({@code 约翰·米勒}), or after an explicit writer label a short pen name ({@code 放飞&心情}, {@code ggjjzhzz});
 * never a label, a placeholder ({@code 佚名}, {@code admin}) or an organisation (a name ending in 网, 报, 社,
 * 中心 …). Reporter credits are read strictly because {@code 记者} is also an ordinary word
 * ({@code 告诉记者}, {@code 记者了解到}).
 */
final class PageMetadataCredits {
    private PageMetadataCredits() {
    }

    private static final String SP = "[\\s\\u00A0\\u3000]";
    /** Labels that end a list of names: another credit, a date, a source. */
    private static final String NEXT_LABEL = "(?:来源|來源|出处|出處|稿源|编辑|編輯|责编|責編|责任编辑|責任編輯|网编|網編|编审|"
            + "校对|校對|摄影|攝影|图片|圖片|时间|時間|发布|發布|发表|發表|日期|通讯员|通訊員|作者|记者|記者|"
            + "实习生|實習生|字号|字號|分享|浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論)";
    private static final Pattern NEXT_LABEL_PATTERN = Pattern.compile(NEXT_LABEL);
    private static final Set<String> WRITER_WORDS = Set.of("作者", "记者", "記者", "实习生", "實習生");
    /** {@code 作者 王文}: the label without a colon, read only when a personal name follows. */
    private static final Pattern WRITER_LABEL_SPACED = Pattern.compile("作" + SP + "*者" + SP + "+");
    private static final Pattern WRITER_LABEL = Pattern.compile(
            "(?:作" + SP + "*者|撰" + SP + "*文|撰稿人?|执笔人?|執筆人?|采写|採寫|(?<![\\p{IsHan}A-Za-z])文(?:字)?)"
                    + SP + "*[:：︱|｜丨/／∕╱]" + SP + "*");
    private static final Pattern REPORTER_LABEL = Pattern.compile(
            "(?:(?:特约|特約|实习|實習|见习|見習|首席|驻\\S{1,4}|駐\\S{1,4})?(?:记者|記者)|实习生|實習生)" + SP + "*[:：]?"
                    + SP + "*");
    private static final Pattern EDITOR_LABEL = Pattern.compile(
            "(?:责任编辑|責任編輯|值班编辑|值班編輯|实习编辑|實習編輯|网络编辑|網絡編輯|本文编辑|文字编辑|编辑|編輯|责编|責編|"
                    + "网编|網編|编审|編審|主编|主編)" + SP + "*[:：]" + SP + "*");
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "(?:本文来源|文章来源|新闻来源|来源|來源|稿源|出处|出處|来源于|來源於)" + SP + "*[:：]" + SP + "*");
    private static final Pattern SOURCE_END = Pattern.compile(SP + "|" + NEXT_LABEL + "|[\\[\\]【】（）()|｜]");
    private static final Pattern BLOG = Pattern.compile(
            "^([^\\s(（\\[【]{2,20})" + SP + "*(?:发表于|發表於|发表在|發表在|posted)" + SP + "*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_BEFORE_SOURCE = Pattern.compile(
            "[\\[【]" + SP + "*([^\\[\\]【】]{2,12}?)" + SP + "*[\\]】]" + SP + "*(?:来源|來源)");
    /**
     * A parenthesised credit closing a paragraph, after its last sentence: {@code ……吗？”（姚峰 上海报道）},
     * {@code ……佳节。（常书香 马丹阳）}.
     */
    private static final Pattern END_CREDIT = Pattern.compile(
            "(?<=[。！？!?”\"…])" + SP + "*[（(]" + SP + "*([^（）()]{2,30}?)" + SP + "*[）)]" + SP + "*$");
    /** {@code 石佳/中国青年报}: a name and the outlet, the byline under some headlines. */
    private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
            "^([^/／∕╱|｜]{2,12}?)" + SP + "*[/／∕╱|｜]" + SP + "*([^/／∕╱|｜]{2,16})$");
    /** The issuing body of a government document ({@code 发文机关：吉林省人民政府}), its author. */
    private static final Pattern ISSUER = Pattern.compile(
            "(?:发文机关|發文機關|发布机构|發布機構|发文单位|發文單位)" + SP + "*[:：]" + SP + "*(\\S{2,30})");
    private static final Pattern PHOTO = Pattern.compile("^(?:摄|攝|摄影|攝影|图|圖|供图|供圖|/摄|／摄)$|.[摄攝]$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000、，,;；/／∕╱|｜]+");
    /** A place and a reporting verb after a reporter's name: {@code 桃園機場報導}, {@code 北京报道}, {@code 19日電}. */
    private static final Pattern REPORT_TAIL = Pattern.compile(
            "(?:\\d{1,2}日)?(?:报道|報導|报导|電|电|传真|傳真|摄|攝|发自.*|發自.*|采写|採寫|整合|综合|綜合|编译|編譯|图|圖)$");

    /** Words that are never names. */
    private static final Set<String> NOT_NAMES = Set.of("本报", "本報", "本台", "本刊", "本网", "本網", "本站", "记者",
            "記者", "编辑", "編輯", "责任编辑", "作者", "来源", "來源", "佚名", "匿名", "未知", "不详", "不詳", "网友", "網友",
            "小编", "小編", "admin", "administrator", "管理员", "管理員", "原创", "原創", "转载", "轉載", "综合", "綜合",
            "整理", "通讯员", "通訊員", "实习生", "實習生", "图片", "圖片", "视频", "視頻", "name", "author", "unknown",
            "null", "none", "undefined", "本文", "报道", "報導", "摄影", "攝影", "发布", "發布", "互联网", "網路", "网络",
            "责编", "特约", "特約", "首席", "字号", "打印", "关闭", "返回", "分享", "收藏", "评论", "首页", "更多",
            "新华社", "新華社", "中新社", "中新网", "央视", "央視", "央视网", "人民网", "新华网", "人民日报");
    /** Endings of organisation names: outlets, agencies, institutions, companies. */
    private static final Pattern ORGANISATION = Pattern.compile(
            ".*(?:网|網|报|報|社|台|局|厅|廳|部|委|院|会|會|所|处|處|署|办|辦|中心|集团|集團|公司|频道|頻道|新闻|新聞|在线|在線|"
                    + "政府|杂志|雜誌|周刊|週刊|大学|大學|学校|學校|医院|醫院|协会|協會|银行|銀行|媒体|媒體|传媒|傳媒|出版社|"
                    + "网站|網站|科技|工作室|团队|團隊|编辑部|編輯部|之家|之声|之聲|日报|日報|晚报|晚報|时报|時報|快报|快報|"
                    + "电视台|電視台|广播|廣播|论坛|論壇|博客|官网|官網|门户|門戶|资讯|資訊|财经|財經|联盟|聯盟|平台)$"
                    + "|.*(?i:team|inc\\.?|ltd\\.?|corp\\.?|corporation|publishers?|press|news|media|group|network|"
                    + "co\\.|limited|foundation|\\.com|\\.cn|\\.net|\\.org)$");

    /** A Han name credited to a reporter must start with a common surname ({@link ChineseNames}). */
    private static boolean startsWithSurname(String s) {
        return ChineseNames.startsWithSurname(s);
    }

    // ---------------------------------------------------------------- writers

    /** Writers credited by an explicit label in {@code line} ({@code 作者：}, {@code 文/}, {@code 撰文：}). */
    static List<String> labelledWriters(String line) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WRITER_LABEL.matcher(line);
        while (m.find()) {
            out.addAll(namesAfter(line, m.end(), false));
        }
        if (out.isEmpty()) {
            Matcher spaced = WRITER_LABEL_SPACED.matcher(line);
            while (spaced.find()) {
                out.addAll(namesAfter(line, spaced.end(), true));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reporters credited in {@code line}: {@code 记者 X Y}, {@code 本报记者 X}, {@code 记者X／北京报道}. With
     * {@code anywhere} false the line is a credit line in the header; with it true the line may be anywhere in the
     * page, so only a short line that is little else than the credit, or a parenthesised dateline at the start of a
     * paragraph ({@code （记者陈智 整合）}, {@code （中央社記者邱俊欽桃園19日電）}), counts.
     */
    static List<String> reporters(String line, boolean anywhere) {
        if (!line.contains("记者") && !line.contains("記者") && !line.contains("实习生") && !line.contains("實習生")) {
            return List.of(); // the label is required; a plain substring test spares the regex on most lines
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = REPORTER_LABEL.matcher(line);
        while (m.find()) {
            if (anywhere && !creditLike(line, m.start())) {
                continue;
            }
            // 告诉记者 / 向记者 / 对记者: the word in a sentence, not a credit
            if (m.start() > 0 && "诉向对對据據跟和给給让讓被请請及与與".indexOf(line.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            out.addAll(namesAfter(line, m.end(), true));
        }
        return List.copyOf(out);
    }

    /** {@code X 发表于 …}: the blog author. */
    static List<String> blogAuthor(String line) {
        Matcher m = BLOG.matcher(line);
        if (m.find()) {
            String name = cleanName(m.group(1));
            if (name != null && looksLikePenName(name)) {
                return List.of(name);
            }
        }
        return List.of();
    }

    /** {@code [ 黄宇 ] 来源：[ 国际金融报 ]}: the bracketed name before a source. */
    static List<String> bracketedBeforeSource(String line) {
        Matcher m = BRACKETED_BEFORE_SOURCE.matcher(line);
        if (m.find()) {
            String name = cleanName(m.group(1));
            if (name != null && looksLikePersonName(name)) {
                return List.of(name);
            }
        }
        return List.of();
    }

    /**
     * The names of a parenthesised credit closing {@code line}: {@code （姚峰 上海报道）}, {@code （常书香 马丹阳）}. Every
     * word but a trailing place-and-verb must be a personal name; a photographer's {@code （张三 摄）} is not a writer.
     */
    static List<String> endCredit(String line) {
        Matcher m = END_CREDIT.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        String inner = m.group(1);
        if (REPORTER_LABEL.matcher(inner).find() || WRITER_LABEL.matcher(inner).find()) {
            return List.of(); // read by the labelled rules
        }
        String[] tokens = LIST_SEPARATORS.split(PageMetadataText.fold(inner));
        List<String> names = new ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.isEmpty()) {
                continue;
            }
            if (PHOTO.matcher(token).find()) {
                return List.of();
            }
            if (t == tokens.length - 1 && !names.isEmpty() && REPORT_TAIL.matcher(token).find()) {
                break;
            }
            if (!looksLikePersonName(token)) {
                String trimmed = REPORT_TAIL.matcher(token).replaceFirst("");
                if (t == tokens.length - 1 && !trimmed.equals(token) && looksLikePersonName(trimmed)) {
                    names.add(trimmed);
                    break;
                }
                return List.of();
            }
            names.add(token);
        }
        return names.size() <= 4 ? names : List.of();
    }

    /** {@code 石佳/中国青年报}: the name before the outlet, when the line is exactly that. */
    static List<String> nameSlashOutlet(String line) {
        Matcher m = NAME_SLASH_OUTLET.matcher(PageMetadataText.fold(line));
        if (!m.find() || !ORGANISATION.matcher(m.group(2)).matches()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String token : LIST_SEPARATORS.split(m.group(1))) {
            if (!token.isEmpty()) {
                if (!looksLikePersonName(token)) {
                    return List.of();
                }
                names.add(token);
            }
        }
        return names;
    }

    private static boolean hasColon(String line) {
        return line.indexOf('：') >= 0 || line.indexOf(':') >= 0;
    }

    /** The issuing body named by {@code 发文机关：} in {@code line}, or null. */
    static String issuer(String line) {
        if (!hasColon(line)) {
            return null;
        }
        Matcher m = ISSUER.matcher(line);
        return m.find() ? cleanName(m.group(1)) : null;
    }

    /** The whole {@code line} as a personal name (a byline printed alone under the headline), or null. */
    static String bareName(String line) {
        String s = PageMetadataText.fold(line);
        if (PageMetadataText.length(s) > 4 || PageMetadataText.length(s) < 2 || !PageMetadataText.allHan(s)) {
            return null;
        }
        return looksLikePersonName(s) ? s : null;
    }

    /** True when the credit starting at {@code at} is the substance of {@code line}, not a word in a sentence. */
    private static boolean creditLike(String line, int at) {
        int len = PageMetadataText.length(line);
        if (len <= 40) {
            return true;
        }
        // a parenthesised dateline opening a paragraph: （记者陈智 整合） or 新华社北京11月9日电（记者 张三）
        int open = Math.max(line.lastIndexOf('（', at), line.lastIndexOf('(', at));
        if (open >= 0 && open <= 30) {
            int close = indexOfAny(line, at, "）)");
            return close > at && close - open <= 40;
        }
        return false;
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The names listed from {@code start}: up to the next label, bracket, digit or sentence punctuation; split at
     * spaces, {@code 、}, commas and slashes. {@code strict} names are personal names (reporters); otherwise pen
     * names are allowed too.
     */
    private static List<String> namesAfter(String line, int start, boolean strict) {
        String rest = line.substring(start);
        int end = rest.length();
        Matcher label = NEXT_LABEL_PATTERN.matcher(rest);
        if (label.find()) {
            end = label.start();
            if (end > 0 && WRITER_WORDS.contains(label.group())) {
                // 文/观察者网专栏作者 王文, 采写：南都见习记者 林子沛: what precedes the second label describes the
                // writer; the names come after it, where the next label match reads them
                return List.of();
            }
        }
        for (int i = 0; i < end; i++) {
            char c = rest.charAt(i);
            if ("（()）【】[]《》“”\"。！？!?：:；;\u2014…<>".indexOf(c) >= 0 || (strict && Character.isDigit(c))) {
                end = i;
                break;
            }
        }
        String span = rest.substring(0, end);
        List<String> names = new ArrayList<>();
        String[] tokens = LIST_SEPARATORS.split(PageMetadataText.fold(span));
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.isEmpty()) {
                continue;
            }
            // 赵  培: a two-character name padded to the width of three
            if (t + 1 < tokens.length && PageMetadataText.length(token) == 1 && PageMetadataText.allHan(token)
                    && PageMetadataText.length(tokens[t + 1]) == 1 && PageMetadataText.allHan(tokens[t + 1])) {
                token = token + tokens[t + 1];
                t++;
            }
            if (strict && PHOTO.matcher(token).find()) {
                // 新华社记者 张三 摄: a photographer's credit
                return List.of();
            }
            if (REPORT_TAIL.matcher(token).find() && names.size() > 0) {
                // 北京报道 after the names: the place the story was filed from
                break;
            }
            String name = cleanName(token);
            if (name == null) {
                continue;
            }
            if (strict) {
                name = trimToPersonalName(name);
                if (name == null) {
                    if (names.isEmpty()) {
                        continue;
                    }
                    break;
                }
            } else if (!looksLikePenName(name)) {
                if (names.isEmpty()) {
                    return List.of();
                }
                break;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * A reporter's name out of a token that may carry the place and verb glued on ({@code 邱俊欽桃園}): the token
     * itself when it is a name, else its first three characters when the token is a longer Han run (the usual
     * length of a full Chinese name), else null.
     */
    private static String trimToPersonalName(String token) {
        String t = REPORT_TAIL.matcher(token).replaceFirst("");
        if (t.isEmpty()) {
            return null;
        }
        if (looksLikePersonName(t)) {
            return t;
        }
        if (PageMetadataText.allHan(t) && PageMetadataText.length(t) >= 5) {
            String first = t.substring(0, t.offsetByCodePoints(0, 3));
            return looksLikePersonName(first) ? first : null;
        }
        return null;
    }

    /** {@code token} without credit decorations: brackets, {@code ：}, a CMS user id suffix ({@code 杨倩_NF4425}). */
    static String cleanName(String token) {
        String s = PageMetadataText.fold(token);
        s = s.replaceAll("^[\\[【（(「『<〈《\"“'‘·•□■◎●○*＊#＃]+", "");
        s = s.replaceAll("[\\]】」』>〉》\"”'’:：,，。.]+$", "");
        if ((s.endsWith(")") && s.indexOf('(') < 0) || (s.endsWith("）") && s.indexOf('（') < 0)) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.replaceAll("_[A-Za-z]{1,4}\\d{2,}$", "");
        s = PageMetadataText.fold(s);
        if (s.isEmpty() || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s;
    }

    /** A personal name: 2–4 Han characters, or a dotted transliteration, and not an organisation or a label. */
    static boolean looksLikePersonName(String s) {
        if (s == null || NOT_NAMES.contains(s) || ORGANISATION.matcher(s).matches()) {
            return false;
        }
        int len = PageMetadataText.length(s);
        if (s.indexOf('·') > 0 || s.indexOf('•') > 0) {
            return len <= 16 && s.codePoints().allMatch(c -> PageMetadataText.isHan(c) || c == '·' || c == '•')
                    && !s.endsWith("·");
        }
        return len >= 2 && len <= 4 && PageMetadataText.allHan(s) && startsWithSurname(s);
    }

    /**
     * A pen name after an explicit writer label: a personal name, or a short handle without sentence punctuation,
     * not a URL, not an e-mail address, not a number, not an organisation.
     */
    static boolean looksLikePenName(String s) {
        if (s == null || s.isEmpty() || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (looksLikePersonName(s)) {
            return true;
        }
        int len = PageMetadataText.length(s);
        if (len < 2 || len > 20 || ORGANISATION.matcher(s).matches()) {
            return false;
        }
        if (s.contains("@") || s.contains("://") || s.toLowerCase(Locale.ROOT).startsWith("www.")
                || s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("。！？，：；“”《》【】\"=<>{}".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return s.codePoints().anyMatch(c -> Character.isLetter(c));
    }

    // ---------------------------------------------------------------- editors and sources

    /** Names credited as editors in {@code line} ({@code 责任编辑：王五}, {@code 【编辑：姚昊】}). */
    static List<String> editors(String line) {
        if (!hasColon(line)) {
            return List.of(); // every editor label ends in a colon; most lines of a page have none
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = EDITOR_LABEL.matcher(line);
        while (m.find()) {
            out.addAll(namesAfter(line, m.end(), false));
        }
        return List.copyOf(out);
    }

    /** The outlets named after {@code 来源：} in {@code line}. */
    static List<String> sources(String line) {
        if (!hasColon(line)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = SOURCE_LABEL.matcher(line);
        while (m.find()) {
            String rest = line.substring(m.end());
            Matcher stop = SOURCE_END.matcher(rest);
            String value = stop.find() && stop.start() > 0 ? rest.substring(0, stop.start()) : rest;
            value = PageMetadataText.fold(value);
            if (!value.isEmpty() && PageMetadataText.length(value) <= 30) {
                out.add(value);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- metadata values

    /**
     * The writers named in a metadata author value, or an empty list when the value is not a person's credit: a
     * URL, an e-mail template, a CMS user id ({@code L_104485}), an organisation or a list of them. Decorations are
     * taken off ({@code 記者陳嘉寧／桃園機場報導} is {@code 陳嘉寧}).
     */
    static List<String> metaAuthors(String value) {
        String v = PageMetadataText.fold(value);
        if (v.isEmpty()) {
            return List.of();
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.contains("www.") || lower.contains("@") || lower.contains("版权")
                || lower.contains("copyright")) {
            return List.of();
        }
        if (v.matches("[A-Za-z_\\-]*\\d[A-Za-z0-9_\\-]*")) {
            return List.of();
        }
        List<String> r = reporters(v, false);
        if (!r.isEmpty()) {
            return r;
        }
        List<String> w = labelledWriters(v);
        if (!w.isEmpty()) {
            return w;
        }
        String[] parts = v.split("[,，;；、]+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String name = cleanName(p);
            if (name == null) {
                continue;
            }
            name = name.replaceAll("^(?:本报|本報|特约|特約)?(?:记者|記者)", "");
            if (name.matches("[\\p{IsHan}](?:[\\s\\u00A0\\u3000]+[\\p{IsHan}])+")) {
                name = name.replaceAll("[\\s\\u00A0\\u3000]+", "");
            }
            if (!looksLikePenName(name) && !looksLikeHandle(name)) {
                return List.of();
            }
            out.add(name);
        }
        return out;
    }

    /** A blog handle with its login in brackets: {@code 史蒂文的家_藍天 (stevenhgm)}. */
    private static boolean looksLikeHandle(String s) {
        return PageMetadataText.length(s) <= 40 && s.matches("[^()（）]{2,24}[\\s]*[(（][A-Za-z0-9_.\\-]{2,20}[)）]")
                && !ORGANISATION.matcher(s.replaceAll("[\\s]*[(（].*$", "")).matches();
    }

    /**
     * True when {@code value}, credited as author, can stand as an organisation's name: short, one name (not a
     * list), not a URL, an e-mail address or a user id.
     */
    static boolean looksLikeOrganisationCredit(String value) {
        String v = PageMetadataText.fold(value);
        String lower = v.toLowerCase(Locale.ROOT);
        return cleanName(v) != null && PageMetadataText.length(v) <= 30 && !lower.contains("://")
                && !lower.contains("@") && !lower.contains("www.") && !v.matches("[A-Za-z_\\-]*\\d[A-Za-z0-9_\\-]*")
                && !v.matches(".*[,，;；、].*");
    }

    /** True when {@code name} is an organisation rather than a person. */
    static boolean isOrganisation(String name) {
        return ORGANISATION.matcher(name).matches();
    }
}
