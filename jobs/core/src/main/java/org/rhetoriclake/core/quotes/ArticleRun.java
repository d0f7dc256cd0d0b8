package org.rhetoriclake.core.quotes;

import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;
import org.rhetoriclake.core.model.SpeakerType;
import org.rhetoriclake.core.quotes.Lexicons.CueVerb;
import org.rhetoriclake.core.quotes.Lexicons.RoleTitle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extraction over one article. All state of a call lives here, so {@link QuoteExtractor} stays immutable
 * and thread-safe.
 *
 * <p>Two passes. The first finds, in every body paragraph, the attributions: a cue verb with the stretch of
 * text before it that holds the speaker ({@code 美国驻中国大使伯恩斯|形容|，}); it also builds a registry of the
 * article's names with their fullest mention, because a colon-form quote ({@code 伯恩斯：“…”}) names its speaker
 * only by the short name introduced earlier. The second pass resolves speakers in reading order (pronouns
 * refer back), decides which attribution is nested in which, where each reported clause ends, and splits it
 * into indirect and direct parts.
 */
final class ArticleRun {

    /** What follows the cue. */
    enum Mode {
        /** {@code X表示，…} */ COMMA,
        /** {@code X说：…} */ COLON,
        /** {@code X感叹“…”}: the quotation follows the verb directly */ MARK,
        /** {@code 张凡说只能…}: no punctuation after the cue */ BARE,
        /** {@code “…”，X说。}: the cue ends the sentence; only attributes the quotation before it */ END,
        /** {@code 伯恩斯：“…”}: no cue, a name and a colon */ NAMECOLON
    }

    /** What the speaker phrase is. */
    enum Kind {
        NP, PRONOUN, MEDIA_ANAPHOR, ANAPHOR, POSSESSIVE, EMPTY
    }

    private static final byte QUOTE = 1;
    private static final byte TITLE = 2;
    private static final byte PAREN = 3;

    private static final int MAX_SPEAKER = 40;
    private static final int MAX_STRETCH = 150;
    /** How far back a pronoun looks for its antecedent name. */
    private static final int ANTECEDENT_WINDOW = 400;
    private static final List<String> RELAY = List.of("引述了", "援引了", "引述", "援引", "转引", "转述", "轉引", "轉述");
    private static final Pattern ZAI_KANLAI = Pattern.compile("在([^，。；！？：,;!?:“”]{1,30}?)看来[，,]");
    private static final Pattern MEDIA_TITLE = Pattern.compile("《([^《》]{1,20}(?:报|報|社|刊|志|誌|网|網|闻|聞|台|臺))》");
    private static final Pattern FOREIGN_NAME = Pattern.compile("\\p{IsHan}{1,6}(?:[·•‧・]\\p{IsHan}{1,6})+");
    private static final List<String> LEAD_INS = List.of("如果", "假如", "要是", "若", "在", "当", "當", "对于", "對於",
            "关于", "關於", "至于", "至於", "随着", "隨著", "按照", "根据", "根據", "从", "從");
    /** Prepositions that open an adverbial, never a subject ({@code 面对澎湃新闻，小刚…}). */
    private static final List<String> PP_OPENERS = List.of("面对", "面對", "针对", "針對", "通过", "通過", "经过", "經過",
            "随着", "隨著", "依据", "依據", "为了", "為了", "除了");
    private static final List<String> TEMPORAL_SUFFIXES = List.of("的时候", "时候", "之际", "期间", "以后", "之后", "以来",
            "的時候", "時候", "期間", "以後", "之後");
    private static final List<String> UNNAMED_PREFIXES = List.of("一位", "一名", "多名", "多位", "几位", "數名", "数名",
            "数位", "一些", "他的", "她的", "他们的", "其");

    private final Vocab v;
    private final String articleId;
    private final List<Para> paras = new ArrayList<>();
    private final Map<String, NameInfo> registry = new LinkedHashMap<>();
    private final List<Said> history = new ArrayList<>();

    ArticleRun(Vocab vocab, Article article, List<EntityMention> mentions) {
        this.v = vocab;
        this.articleId = article.articleId();
        Map<Integer, List<EntityMention>> byParagraph = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m != null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
            }
        }
        int pos = 0;
        for (Paragraph p : article.paragraphs()) {
            if (p == null) {
                continue;
            }
            paras.add(new Para(pos++, p, byParagraph.getOrDefault(p.index(), List.of())));
        }
    }

    // ================================================================== data

    static final class Para {
        final int listPos;
        final int index;
        final boolean body;
        final String t;
        final int n;
        final List<QuoteMarks.Span> spans;
        final byte[] mask;
        final List<EntityMention> mentions;
        private final Map<Integer, QuoteMarks.Span> byOpen = new HashMap<>();
        private final Map<Integer, QuoteMarks.Span> byClose = new HashMap<>();
        List<Att> atts = List.of();

        Para(int listPos, Paragraph p, List<EntityMention> mentions) {
            this.listPos = listPos;
            this.index = p.index();
            this.body = p.kind() == ParagraphKind.BODY;
            this.t = p.text();
            this.n = t.length();
            this.mentions = mentions;
            this.mask = new byte[n];
            markPairs('《', '》', TITLE);
            markPairs('〈', '〉', TITLE);
            List<QuoteMarks.Span> found = new ArrayList<>();
            for (QuoteMarks.Span s : QuoteMarks.find(t)) {
                if (mask[s.open()] == 0) { // marks inside a title are part of the title
                    found.add(s);
                    for (int i = s.open(); i < s.end() && i < n; i++) {
                        mask[i] = QUOTE;
                    }
                }
            }
            this.spans = List.copyOf(found);
            for (QuoteMarks.Span s : spans) {
                byOpen.put(s.open(), s);
                if (s.closed()) {
                    byClose.put(s.close(), s);
                }
            }
            markPairs('（', '）', PAREN);
            markPairs('(', ')', PAREN);
        }

        private void markPairs(char open, char close, byte kind) {
            int start = -1;
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (c == open && mask[i] == 0 && start < 0) {
                    start = i;
                } else if (c == close && start >= 0) {
                    for (int k = start; k <= i; k++) {
                        if (mask[k] == 0) {
                            mask[k] = kind;
                        }
                    }
                    start = -1;
                }
            }
        }

        QuoteMarks.Span spanOpeningAt(int i) {
            return byOpen.get(i);
        }

        QuoteMarks.Span spanClosingAt(int i) {
            return byClose.get(i);
        }
    }

    /** One attribution: a cue (or a name and a colon) with its speaker phrase and reported clause. */
    static final class Att {
        Mode mode;
        int cueStart;
        int cueEnd;
        String cue;
        int rawStart;
        int npStart;
        int npEnd;
        Kind kind;
        String via;
        int clauseStart;
        int clauseEnd = -1;
        Speaker speaker;
        Att outer;
        boolean needsName;
        boolean subjectInSentence;
        CueVerb verb;
        double directConfidence = 0.9;

        boolean hasForward() {
            return mode != Mode.END;
        }
    }

    record Phrase(int rawStart, int start, int end, Kind kind, String via, boolean ju) {
    }

    /** A resolved attribution, kept for pronouns and context attribution later in the article. */
    record Said(int listPos, int pos, Speaker speaker) {
    }

    /** A name seen in the article and the mentions it was seen with. */
    static final class NameInfo {
        final String name;
        SpeakerType type;
        String best;
        int bestScore = Integer.MIN_VALUE;

        NameInfo(String name, SpeakerType type) {
            this.name = name;
            this.type = type;
        }
    }

    // ================================================================== entry

    void run(List<Quote> out) {
        for (Para p : paras) {
            if (p.body) {
                try {
                    p.atts = findAttributions(p);
                } catch (RuntimeException e) {
                    p.atts = List.of(); // a paragraph the rules choke on yields nothing, the others still do
                }
            }
        }
        buildRegistry();
        Set<String> seen = new HashSet<>();
        for (Para p : paras) {
            if (!p.body) {
                continue;
            }
            List<Quote> found = new ArrayList<>();
            try {
                emit(p, found);
            } catch (RuntimeException e) {
                found.clear();
            }
            for (Quote q : found) {
                if (seen.add(q.quoteId() + q.kind())) {
                    out.add(q);
                }
            }
        }
    }

    // ================================================================== pass 1: attributions

    private List<Att> findAttributions(Para p) {
        List<Att> out = new ArrayList<>();
        String t = p.t;
        int n = p.n;
        for (int i = 0; i < n; ) {
            if (p.mask[i] != 0) {
                i++;
                continue;
            }
            Dict.Hit<CueVerb> hit = v.cues.longestAt(t, i);
            if (hit == null || masked(p, hit.start(), hit.end()) || excluded(t, hit)) {
                i++;
                continue;
            }
            int cs = hit.start();
            int ce = hit.end();
            String cue = hit.word();
            CueVerb verb = hit.value();
            boolean bare = verb.has("bare");
            if (Grammar.MEDIA_ANAPHORS.contains(cue)
                    && Grammar.skipLeading(t, phraseStart(p, cs, 0), cs) >= cs) {
                i = ce; // 报道称，…: the noun 报道 is the speaker and 称 the cue
                continue;
            }
            if (ce < n && p.mask[ce] == 0 && "说称道說稱".indexOf(t.charAt(ce)) >= 0 && cue.length() > 1) {
                Dict.Hit<CueVerb> suffix = v.cues.longestAt(t, ce);
                boolean ok = t.charAt(ce) == '道' || (suffix != null && suffix.word().length() == 1 && !excluded(t, suffix));
                if (ok) {
                    cue = cue + t.charAt(ce);
                    ce++;
                    bare = true;
                }
            }
            if (verb.has("compound") && ce == hit.end()) {
                i = ce;
                continue;
            }
            Att a = analyseCue(p, cs, ce, cue, verb, bare);
            if (a != null) {
                out.add(a);
            }
            i = ce;
        }
        Matcher m = ZAI_KANLAI.matcher(t);
        while (m.find()) {
            if (masked(p, m.start(), m.end())) {
                continue;
            }
            Phrase ph = phrase(p, m.start(1), m.end(1));
            int clause = nextNonSpace(t, m.end(), n);
            if (ph == null || ph.kind() == Kind.EMPTY || clause >= n) {
                continue;
            }
            Att a = new Att();
            a.mode = Mode.COMMA;
            a.cue = "在…看来";
            a.cueStart = m.start();
            a.cueEnd = m.end() - 1;
            a.rawStart = m.start();
            a.npStart = ph.start();
            a.npEnd = ph.end();
            a.kind = ph.kind();
            a.clauseStart = clause;
            out.add(a);
        }
        out.sort(Comparator.comparingInt(a -> a.cueStart));
        return out;
    }

    private static boolean masked(Para p, int from, int to) {
        for (int i = from; i < to && i < p.n; i++) {
            if (p.mask[i] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue at this hit sits inside one of the verb's {@code not_in} words (称为, 说法). */
    private static boolean excluded(String t, Dict.Hit<CueVerb> hit) {
        for (String w : hit.value().notIn()) {
            int idx = w.indexOf(hit.word());
            while (idx >= 0) {
                int from = hit.start() - idx;
                if (from >= 0 && t.startsWith(w, from)) {
                    return true;
                }
                idx = w.indexOf(hit.word(), idx + 1);
            }
        }
        return false;
    }

    private Att analyseCue(Para p, int cs, int ce, String cue, CueVerb verb, boolean bare) {
        String t = p.t;
        int n = p.n;
        if (cs > 0 && "被所的之个個项項份些种種".indexOf(t.charAt(cs - 1)) >= 0) {
            return null; // 被认为, 所说, 令人放心的承诺: passive or a noun, not an attribution
        }
        int k = nextNonSpace(t, ce, n);
        Mode mode;
        int clauseStart = n;
        boolean postOnly = false;
        if (k >= n) {
            mode = Mode.END;
        } else {
            char c = t.charAt(k);
            if (c == '，' || c == ',') {
                mode = Mode.COMMA;
                clauseStart = nextNonSpace(t, k + 1, n);
            } else if (c == '：' || c == ':') {
                mode = Mode.COLON;
                clauseStart = nextNonSpace(t, k + 1, n);
            } else if (p.spanOpeningAt(k) != null) {
                mode = Mode.MARK;
                clauseStart = k;
            } else if (Grammar.isSentenceEnd(c) || c == '；' || c == ';' || QuoteMarks.isCloser(c) || c == '）' || c == ')') {
                mode = Mode.END;
            } else if ("的得着著过過了地".indexOf(c) >= 0) {
                return null;
            } else if (verb.has("obj")) {
                // 告诉记者，… / 告诉澎湃新闻“…”: skip the addressee
                mode = null;
                for (int j = k; j < Math.min(n, k + 25); j++) {
                    char d = t.charAt(j);
                    if (p.spanOpeningAt(j) != null) {
                        mode = Mode.MARK;
                        clauseStart = j;
                        break;
                    }
                    if (d == '，' || d == ',' || d == '：' || d == ':') {
                        mode = d == '，' || d == ',' ? Mode.COMMA : Mode.COLON;
                        clauseStart = nextNonSpace(t, j + 1, n);
                        break;
                    }
                    if (Grammar.isSentenceEnd(d) || d == '；') {
                        break;
                    }
                }
                if (mode == null) {
                    return null;
                }
            } else if (bare && !namesSomething(t, cue, k)) {
                mode = Mode.BARE;
                clauseStart = k;
            } else if (quoteBefore(p, phraseStart(p, cs, 0)) != null) {
                mode = Mode.END; // “…”刘兴亮从资本的角度分析…: attributes the quotation before it only
                postOnly = true;
            } else {
                return null;
            }
        }
        if (mode != Mode.END && clauseStart >= n) {
            return null;
        }
        int s = phraseStart(p, cs, 0);
        if (cs - s > MAX_STRETCH) {
            return null; // no punctuation for this long: not the short clause a speaker phrase sits in
        }
        Phrase ph = phrase(p, s, cs);
        if (ph == null) {
            return null;
        }
        if (ph.ju() && (!verb.has("ju") || (mode != Mode.COMMA && mode != Mode.COLON))) {
            return null;
        }
        if (mode == Mode.END && quoteBefore(p, s) == null) {
            return null; // a sentence-final cue only attributes the quotation right before it
        }
        Att a = new Att();
        a.mode = mode;
        a.cueStart = cs;
        a.cueEnd = ce;
        a.cue = ph.ju() ? "据…" + cue : cue;
        a.rawStart = s;
        a.npStart = ph.start();
        a.npEnd = ph.end();
        a.kind = ph.kind();
        a.via = ph.via();
        a.clauseStart = clauseStart;
        a.needsName = postOnly;
        a.verb = verb;
        return a;
    }

    private static boolean startsWithAny(String t, int at, List<String> words) {
        for (String w : words) {
            if (t.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** 同时严厉警告 / 并表示: a connective before the cue adds a new statement by the same speaker. */
    private static boolean addsStatement(Para p, Att a) {
        String raw = p.t.substring(a.rawStart, a.cueStart).strip();
        for (String w : List.of("同时", "同時", "并且", "並且", "而且", "另外", "此外", "并", "並", "还", "還")) {
            if (raw.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** 称他为…: calling someone something, not reporting what they said. */
    private static boolean namesSomething(String t, String cue, int k) {
        if (!cue.endsWith("称") && !cue.endsWith("稱")) {
            return false;
        }
        for (int i = k; i < Math.min(t.length(), k + 5); i++) {
            char c = t.charAt(i);
            if (c == '为' || c == '為' || c == '作' || Grammar.isBoundaryPunct(c)) {
                return c != '，' && c != ',' && !Grammar.isBoundaryPunct(c);
            }
        }
        return false;
    }

    /** The start of the stretch before {@code cs} that can hold a speaker: after the last punctuation. */
    private int phraseStart(Para p, int cs, int min) {
        String t = p.t;
        min = Math.max(min, cs - MAX_STRETCH - 1); // callers reject a stretch this long anyway
        int j = cs - 1;
        while (j >= min) {
            char c = t.charAt(j);
            if (p.mask[j] == TITLE || p.mask[j] == PAREN) {
                j--;
                continue;
            }
            if (p.mask[j] == QUOTE) {
                QuoteMarks.Span s = p.spanClosingAt(j);
                if (s == null || isBreakOpen(p, s)) {
                    return j + 1;
                }
                j = s.open() - 1; // an embedded term (“五号文件”明确规定) is part of the phrase
                continue;
            }
            if (Grammar.isBoundaryPunct(c)) {
                return j + 1;
            }
            j--;
        }
        return Math.max(min, 0);
    }

    /** The quotation that ends right before {@code s} (optionally followed by a comma), or null. */
    private QuoteMarks.Span quoteBefore(Para p, int s) {
        int j = prevNonSpace(p.t, s - 1);
        if (j >= 0 && (p.t.charAt(j) == '，' || p.t.charAt(j) == ',')) {
            j = prevNonSpace(p.t, j - 1);
        }
        if (j < 0) {
            return null;
        }
        QuoteMarks.Span q = p.spanClosingAt(j);
        return q != null && isBreakOpen(p, q) ? q : null;
    }

    /** Reads the speaker phrase out of {@code [s, cs)}: strips connectives, relays, adverbs and prepositions. */
    private Phrase phrase(Para p, int s, int cs) {
        String t = p.t;
        int a = Grammar.skipLeading(t, s, cs);
        int b = cs;
        while (b > a && Grammar.isSpace(t.charAt(b - 1))) {
            b--;
        }
        if (a >= b) {
            return new Phrase(s, cs, cs, Kind.EMPTY, null, false);
        }
        if (t.startsWith("根据", a) || t.startsWith("根據", a)) {
            return null; // document sourcing (根据…数据), not a speaker
        }
        boolean ju = false;
        if ((t.charAt(a) == '据' || t.charAt(a) == '據') && !t.startsWith("据悉", a) && !t.startsWith("據悉", a)) {
            ju = true;
            a = Grammar.skipLeading(t, a + 1, b);
        }
        String via = null;
        int relay = -1;
        String relayWord = null;
        for (String w : RELAY) {
            int i = indexOfUnmasked(p, w, a, b);
            if (i > a && (relay < 0 || i < relay)) {
                relay = i;
                relayWord = w;
            }
        }
        if (relay > a) {
            int viaEnd = Grammar.stripTrailing(t, a, relay);
            via = t.substring(a, viaEnd).strip();
            a = relay + relayWord.length();
            for (String tail : List.of("的话", "的話", "的说法", "的說法")) {
                if (b - tail.length() > a && t.startsWith(tail, b - tail.length())) {
                    b -= tail.length();
                    break;
                }
            }
        }
        int accept = indexOfUnmasked(p, "接受", a, b);
        if (accept > a) {
            int interview = t.indexOf("采访", accept);
            if (interview < 0) {
                interview = t.indexOf("採訪", accept);
            }
            if (interview > accept + 2 && interview <= b) {
                String medium = t.substring(accept + 2, interview).strip();
                if (via == null && !medium.isEmpty() && !medium.contains("记者") && !medium.startsWith("本")) {
                    via = medium;
                }
            }
        }
        if ("和与與跟同".indexOf(t.charAt(a)) >= 0 && !t.startsWith("与会", a) && !t.startsWith("與會", a)) {
            return new Phrase(s, a, a, Kind.EMPTY, via, ju); // 和公司员工开玩笑说: the subject is elsewhere
        }
        int pronounEnd = -1;
        for (String pr : List.of("他们", "她们", "他們", "她們", "他", "她")) {
            if (t.startsWith(pr, a) && a + pr.length() < b && !t.startsWith(pr + "人", a)
                    && Grammar.boundaryTokenAt(t, a + pr.length(), a, b) > 0) {
                pronounEnd = a + pr.length(); // 他在文中引用自己的家族名言说: the pronoun is the subject
                break;
            }
        }
        int cut = pronounEnd > 0 ? pronounEnd : tokenCut(p, a, b);
        for (int i = cut; i < b; i++) {
            if (p.mask[i] == 0 && t.charAt(i) == '了') {
                return null; // 推荐了一个他认为…: the cue is inside a relative clause, not an attribution
            }
        }
        b = trimSpeakerEnd(t, a, cut);
        if (a >= b || (b - a <= 2 && Grammar.boundaryTokenAt(t, a, a, b) == b - a)) {
            return new Phrase(s, a, a, Kind.EMPTY, via, ju);
        }
        if ("在于於当當从從自经經".indexOf(t.charAt(a)) >= 0
                && "上中时時后後里裏前下间間内內际際".indexOf(t.charAt(b - 1)) >= 0) {
            return new Phrase(s, a, a, Kind.EMPTY, via, ju); // 在前不久召开的业绩会上: place or time, no speaker
        }
        String np = t.substring(a, b);
        if (np.length() > MAX_SPEAKER || np.chars().anyMatch(c -> Grammar.isSentenceEnd((char) c))) {
            return null;
        }
        if (Grammar.NOT_SPEAKERS.contains(np) || np.endsWith("的") || np.endsWith("了")) {
            return null;
        }
        for (String o : Grammar.CLAUSE_OPENERS) {
            if (np.startsWith(o)) {
                return null;
            }
        }
        Kind kind = Kind.NP;
        if (Grammar.PRONOUNS.contains(np)) {
            kind = Kind.PRONOUN;
        } else if (Grammar.MEDIA_ANAPHORS.contains(np)) {
            kind = Kind.MEDIA_ANAPHOR;
        } else if (np.length() > 1 && (np.startsWith("该") || np.startsWith("該") || np.startsWith("这位")
                || np.startsWith("這位") || np.startsWith("这名"))) {
            kind = Kind.ANAPHOR;
        } else if (np.length() >= 2 && np.length() <= 4 && np.charAt(0) == '其') {
            kind = Kind.POSSESSIVE;
        } else if (np.length() == 1) {
            return null;
        }
        return new Phrase(s, a, b, kind, via, ju);
    }

    /**
     * Cuts the speaker phrase {@code [a, b)} before the first adverb, preposition or time word that follows
     * it ({@code 谢锋|则}, {@code 小花奶奶|向澎湃新闻}). Tokens before the last 的 belong to a relative clause
     * inside the phrase ({@code 在法国…留学的卢宇}) and do not cut.
     */
    private int cutSpeaker(Para p, int a, int b) {
        return trimSpeakerEnd(p.t, a, tokenCut(p, a, b));
    }

    private static int trimSpeakerEnd(String t, int a, int b) {
        b = Grammar.stripTrailing(t, a, b);
        while (b > a && Grammar.isSpace(t.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** Where the first separating token after the speaker phrase starts, or {@code b}. */
    private int tokenCut(Para p, int a, int b) {
        String t = p.t;
        String phrase = t.substring(a, b);
        for (String suffix : TEMPORAL_SUFFIXES) {
            if (phrase.endsWith(suffix)) {
                // 他在谈到自己三哥的时候: a time clause; the speaker is before its preposition
                for (int k = a; k < b; k++) {
                    if (p.mask[k] == 0 && "在当當于於".indexOf(t.charAt(k)) >= 0 && Grammar.boundaryTokenAt(t, k, a, b) > 0) {
                        return k;
                    }
                }
                break;
            }
        }
        int lastDe = -1;
        for (int i = a; i < b; i++) {
            if (t.charAt(i) == '的' && p.mask[i] == 0) {
                lastDe = i;
            }
        }
        for (int k = a + 1; k < b; k++) {
            if (p.mask[k] != 0) {
                continue;
            }
            if (t.charAt(k) == '曾' && v.heads.longestEndingAt(t, k, a) != null) {
                continue; // a surname right after a title (学者曾…)
            }
            if (Grammar.boundaryTokenAt(t, k, a, b) > 0) {
                if (k > lastDe) {
                    return k;
                }
                // before the last 的 a token usually belongs to a relative clause (在法国…留学的卢宇), unless a
                // named speaker precedes it (院长刘兴亮|从资本的角度)
                Speaker before = speakerOf(p, a, k, true, true, false);
                if (before != null && before.named()) {
                    return k;
                }
            }
        }
        return b;
    }

    private static int indexOfUnmasked(Para p, String w, int from, int to) {
        int i = p.t.indexOf(w, from);
        while (i >= 0 && i + w.length() <= to) {
            if (p.mask[i] == 0) {
                return i;
            }
            i = p.t.indexOf(w, i + 1);
        }
        return -1;
    }

    // ================================================================== registry of names

    private void buildRegistry() {
        for (Para p : paras) {
            if (!p.body) {
                continue;
            }
            try {
                for (EntityMention m : p.mentions) {
                    if (m.start() >= 0 && m.end() <= p.n && m.start() < m.end()
                            && p.t.substring(m.start(), m.end()).equals(m.text())) {
                        String role = roleBefore(p, m.start());
                        offer(m.text(), role + m.text(), !role.isEmpty() && endsWithHead(role),
                                m.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANISATION);
                    }
                }
                scanTitles(p);
                for (Att a : p.atts) {
                    if (a.kind == Kind.NP && a.npEnd > a.npStart && a.mode != Mode.BARE && !a.needsName) {
                        Speaker s = speakerOf(p, a.npStart, a.npEnd, true, false);
                        if (s != null && s.named()) {
                            String np = p.t.substring(a.npStart, a.npEnd);
                            offer(s.name(), np, endsWithHead(np.substring(0, Math.max(0, np.lastIndexOf(s.name())))),
                                    s.type());
                        }
                    }
                }
            } catch (RuntimeException e) {
                // a paragraph that defeats the heuristics contributes no names
            }
        }
    }

    /** Registers every {@code title + name} in the paragraph ({@code 外长王毅}, {@code 所长沈明室}). */
    private void scanTitles(Para p) {
        String t = p.t;
        for (int k = 0; k < p.n; k++) {
            if (p.mask[k] == QUOTE) {
                continue;
            }
            Dict.Hit<RoleTitle> h = v.heads.longestAt(t, k);
            if (h == null || h.word().length() < 2) {
                continue; // 部, 局 end organisation names; inside running text they are parts of words (干部)
            }
            SpeakerType type = h.value().type();
            if (type != SpeakerType.PERSON && type != SpeakerType.ANONYMOUS) {
                k = h.end() - 1;
                continue;
            }
            int e = v.guessNameEnd(t, h.end(), p.n);
            if (e > h.end() && p.mask[e - 1] == 0 && (e >= p.n || "了的着著过過地得一个個".indexOf(t.charAt(e)) < 0)) {
                String name = t.substring(h.end(), e);
                String role = roleBefore(p, h.end());
                if (!role.isEmpty() && role.indexOf('了') < 0) {
                    offer(name, role + name, true, SpeakerType.PERSON);
                }
                k = e - 1;
            } else {
                k = h.end() - 1;
            }
        }
    }

    /** The role phrase ending at {@code end}: back to the clause start, minus connectives and leading clauses. */
    private String roleBefore(Para p, int end) {
        String role = Grammar.rolePhraseBefore(p.t, end, j -> p.mask[j] == QUOTE);
        return role.length() > MAX_SPEAKER ? "" : role;
    }

    private boolean endsWithHead(String s) {
        return !s.isEmpty() && v.heads.longestEndingAt(s, s.length(), 0) != null;
    }

    private void offer(String name, String mention, boolean roleAdjacent, SpeakerType type) {
        name = Vocab.stripPseudonymNote(name);
        if (name.length() < 2 || mention.length() > MAX_SPEAKER) {
            return;
        }
        NameInfo info = registry.computeIfAbsent(name, k -> new NameInfo(k, type));
        int score = mentionScore(mention, roleAdjacent);
        if (score > info.bestScore) {
            info.best = mention;
            info.bestScore = score;
        }
        if (type == SpeakerType.PERSON) {
            info.type = SpeakerType.PERSON;
        }
    }

    /** Fullest first: a mention with a title right before the name beats a description with 的. */
    private static int mentionScore(String mention, boolean roleAdjacent) {
        return (roleAdjacent ? 1000 : 0) + mention.length();
    }

    /** The registry entry for a short name: exact, or the full form of a transliterated name (劳伦斯·洛克菲勒). */
    private NameInfo lookup(String name) {
        NameInfo exact = registry.get(name);
        // A short form (冈萨雷斯) may have an entry of its own from a colon-form quote; the full form
        // (玛丽亚·冈萨雷斯) introduced with a role elsewhere still names the same person, and better.
        for (NameInfo i : registry.values()) {
            String full = i.name;
            if (full.length() > name.length() && (full.endsWith("·" + name) || full.startsWith(name + "·")
                    || full.endsWith("-" + name)) && (exact == null || i.bestScore > exact.bestScore)) {
                return i;
            }
        }
        return exact;
    }

    // ================================================================== speakers

    /**
     * The speaker named by the phrase {@code [a, b)}. {@code strict}: only a phrase with a name or a head counts
     * (no bare phrase). {@code useRegistry}: split at a name known from elsewhere in the article.
     */
    private Speaker speakerOf(Para p, int a, int b, boolean strict, boolean useRegistry) {
        return speakerOf(p, a, b, strict, useRegistry, true);
    }

    private Speaker speakerOf(Para p, int a, int b, boolean strict, boolean useRegistry, boolean bareName) {
        String np = p.t.substring(a, b).strip();
        if (np.isEmpty()) {
            return null;
        }
        Matcher title = MEDIA_TITLE.matcher(np);
        int lt = np.indexOf('《');
        int gt = lt >= 0 ? np.indexOf('》', lt) : -1;
        if (lt >= 0 && gt > lt + 1 && (title.find() || gt == np.length() - 1 || endsWithMediaHead(np))) {
            String name = np.substring(lt + 1, gt);
            return new Speaker(name, np, null, v.affiliation(np), SpeakerType.MEDIA, true);
        }
        if (np.endsWith("”") || np.endsWith("」")) {
            int o = Math.max(np.lastIndexOf('“'), np.lastIndexOf('「'));
            if (o >= 0 && o < np.length() - 2 && np.length() - o - 2 <= 12) {
                String name = np.substring(o + 1, np.length() - 1);
                return new Speaker(name, np, null, v.affiliation(np), SpeakerType.ORGANISATION, true);
            }
        }
        int paren = Math.max(np.lastIndexOf('（'), np.lastIndexOf('('));
        if (paren > 0 && (np.endsWith("）") || np.endsWith(")"))) {
            String inner = np.substring(paren + 1, np.length() - 1);
            String outside = np.substring(0, paren);
            if (!inner.isEmpty() && Vocab.isLatin(inner.charAt(0)) && Vocab.plausibleName(inner)) {
                Dict.Hit<RoleTitle> h = v.lastHead(outside);
                SpeakerType type = h == null ? SpeakerType.ORGANISATION : h.value().type();
                if (type == SpeakerType.ANONYMOUS || type == SpeakerType.PERSON) {
                    type = SpeakerType.PERSON;
                }
                return new Speaker(inner, np, null, v.affiliation(outside), type, true);
            }
        }
        for (EntityMention m : p.mentions) {
            if (m.end() == b && m.start() >= a && m.end() - m.start() <= np.length()) {
                SpeakerType type = m.type() == EntityType.PERSON ? SpeakerType.PERSON
                        : endsWithMediaHead(m.text()) ? SpeakerType.MEDIA : SpeakerType.ORGANISATION;
                return make(m.text(), np, type);
            }
        }
        if (isCoordination(np)) {
            return new Speaker(np, np, null, v.affiliation(np), SpeakerType.PERSON, false);
        }
        if (useRegistry) {
            String best = null;
            for (String name : registry.keySet()) {
                if (np.endsWith(name) && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
            if (best != null) {
                NameInfo info = registry.get(best);
                Dict.Hit<RoleTitle> h = v.lastHead(np.substring(0, np.length() - best.length()));
                SpeakerType type = info.type;
                if (h != null && h.end() == np.length() - best.length()
                        && (h.value().type() == SpeakerType.MEDIA || h.value().type() == SpeakerType.ORGANISATION)) {
                    type = h.value().type();
                }
                return make(best, np, type);
            }
        }
        Dict.Hit<RoleTitle> h = v.lastHead(np);
        if (h != null) {
            String rest = np.substring(h.end());
            SpeakerType headType = h.value().type();
            if (rest.isEmpty()) {
                SpeakerType type = headType == SpeakerType.PERSON ? SpeakerType.ANONYMOUS : headType;
                return unnamed(np, type);
            }
            if (Vocab.plausibleName(rest) && h.word().length() > 1) {
                SpeakerType type = headType == SpeakerType.MEDIA || headType == SpeakerType.ORGANISATION
                        ? headType : SpeakerType.PERSON;
                return make(Vocab.stripPseudonymNote(rest), np, type);
            }
        }
        int de = np.lastIndexOf('的');
        if (de >= 0 && de < np.length() - 1 && Vocab.plausibleName(np.substring(de + 1))
                && (np.length() - de - 1 <= 3 || !Grammar.isHan(np.charAt(np.length() - 1))
                || registry.containsKey(np.substring(de + 1)))) {
            return make(Vocab.stripPseudonymNote(np.substring(de + 1)), np, SpeakerType.PERSON);
        }
        if (bareName && Vocab.plausibleName(np)) {
            return make(Vocab.stripPseudonymNote(np), np, SpeakerType.PERSON);
        }
        if (strict || np.length() > 12) {
            return null;
        }
        return unnamed(np, SpeakerType.PERSON);
    }

    private boolean endsWithMediaHead(String s) {
        Dict.Hit<RoleTitle> h = v.heads.longestEndingAt(s, s.length(), 0);
        return h != null && h.value().type() == SpeakerType.MEDIA;
    }

    /**
     * A name followed by 的 or 之 ({@code 能源局的一份研究报告}) modifies what follows it: the subject is the
     * head noun, not the name.
     */
    private static boolean possessive(String t, int at) {
        return at < t.length() && (t.charAt(at) == '的' || t.charAt(at) == '之');
    }

    /** 小花奶奶、小刚奶奶: two or more names joined, one speaker phrase. */
    private boolean isCoordination(String np) {
        String[] parts = np.split("[、和与與及]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!(Vocab.plausibleName(part) || registry.containsKey(part)) || endsWithHead(part)) {
                return false;
            }
        }
        return true;
    }

    private Speaker make(String name, String phrase, SpeakerType type) {
        String mention = phrase;
        NameInfo info = lookup(name);
        boolean phraseAdjacent = phrase.length() > name.length() && phrase.endsWith(name)
                && endsWithHead(phrase.substring(0, phrase.length() - name.length()));
        if (info != null && info.best != null && info.bestScore > mentionScore(phrase, phraseAdjacent)) {
            mention = info.best;
            if (info.type == SpeakerType.PERSON && type == SpeakerType.ORGANISATION) {
                type = SpeakerType.PERSON;
            }
        }
        String role = null;
        String full = info != null && mention.endsWith(info.name) ? info.name : name;
        if (mention.endsWith(full) && mention.length() > full.length()) {
            role = mention.substring(0, mention.length() - full.length()).strip();
        } else {
            int i = mention.lastIndexOf(name);
            if (i > 0) {
                role = mention.substring(0, i).strip();
            }
        }
        if (role != null && role.isEmpty()) {
            role = null;
        }
        String affiliation = role != null ? v.affiliation(role)
                : type == SpeakerType.PERSON ? null : v.affiliation(mention);
        return new Speaker(name, mention, role, affiliation, type, true);
    }

    private Speaker unnamed(String phrase, SpeakerType type) {
        String name = phrase;
        for (String prefix : UNNAMED_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length() + 1) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return new Speaker(name, phrase, null, v.affiliation(phrase), type, false);
    }

    /** Resolves the speaker of an attribution; null drops the attribution. */
    private Speaker resolve(Para p, Att a, int scopeStart) {
        String np = a.npEnd > a.npStart ? p.t.substring(a.npStart, a.npEnd) : "";
        return switch (a.kind) {
            case NP -> resolvePhrase(p, a, scopeStart);
            case PRONOUN -> Grammar.PLURAL_PRONOUNS.contains(np)
                    ? plural(p, a.npStart, np)
                    : antecedent(p, a.npStart);
            case MEDIA_ANAPHOR -> {
                Speaker m = lastMedia(p, a.npStart);
                yield m != null ? m : new Speaker(np, np, null, null, SpeakerType.MEDIA, false);
            }
            case ANAPHOR -> {
                Speaker s = speakerOf(p, a.npStart, a.npEnd, true, true);
                if (s != null && s.named()) {
                    yield s;
                }
                String head = np.startsWith("该") || np.startsWith("該") ? np.substring(1) : np.substring(2);
                Speaker earlier = lastSpeakerEndingWith(head);
                yield earlier != null ? earlier : resolvePhrase(p, a, scopeStart);
            }
            case POSSESSIVE -> {
                Speaker owner = antecedent(p, a.npStart);
                if (owner != null && registry.containsKey(owner.name() + np.substring(1))) {
                    String full = owner.name() + np.substring(1);
                    yield make(full, full, SpeakerType.PERSON);
                }
                yield resolvePhrase(p, a, scopeStart);
            }
            case EMPTY -> zeroSubject(p, a, scopeStart);
        };
    }

    /**
     * A noun phrase as speaker: a name, a title and name, a source phrase; failing that, the name the phrase
     * starts with; failing that, the phrase itself when short; failing that, the subject of the sentence
     * ({@code 几个字一顿说} has none of its own).
     */
    private Speaker resolvePhrase(Para p, Att a, int scopeStart) {
        Speaker s = speakerOf(p, a.npStart, a.npEnd, true, true, true);
        if (s != null) {
            return s;
        }
        s = leadingSubject(p, a.npStart, a.npEnd);
        if (s != null) {
            return s;
        }
        String np = p.t.substring(a.npStart, a.npEnd).strip();
        if (np.isEmpty() || quantityLed(np)) {
            return zeroSubject(p, a, scopeStart);
        }
        boolean strongCue = a.mode == Mode.COMMA || a.mode == Mode.COLON || a.mode == Mode.MARK;
        return np.length() <= (strongCue ? 20 : 12) ? unnamed(np, SpeakerType.PERSON) : null;
    }

    /** 几个字一顿: a phrase led by a number that is not a count of people (一位, 多名, 一些). */
    private static boolean quantityLed(String np) {
        return "一二两兩三四五六七八九十几幾多数數半每各某".indexOf(np.charAt(0)) >= 0
                && (np.length() < 2 || "位名些批".indexOf(np.charAt(1)) < 0);
    }

    /** The subject of a clause whose speaker is left out ({@code 小刚不愿细谈此事，只称，…}). */
    private Speaker zeroSubject(Para p, Att a, int scopeStart) {
        String t = p.t;
        int sentence = scopeStart;
        for (int j = a.rawStart - 1; j >= scopeStart; j--) {
            if (p.mask[j] == 0 && (Grammar.isSentenceEnd(t.charAt(j)) || t.charAt(j) == '；')) {
                sentence = j + 1;
                break;
            }
        }
        int seg = sentence;
        while (seg < a.rawStart) {
            int end = seg;
            while (end < a.rawStart && !(p.mask[end] == 0 && Grammar.isBoundaryPunct(t.charAt(end)))) {
                end++;
            }
            Speaker s = leadingSubject(p, seg, end);
            if (s != null) {
                a.subjectInSentence = true;
                return s;
            }
            seg = end + 1;
        }
        if (scopeStart == 0) {
            Said last = null;
            for (Said s : history) {
                if (s.listPos() == p.listPos && s.pos() < a.rawStart) {
                    last = s;
                }
            }
            Speaker named = subjectNameBefore(p, a.rawStart);
            if (named != null) {
                return named;
            }
            if (last != null) {
                return last.speaker();
            }
        }
        return null;
    }

    /** The speaker a clause starts with, if it starts with one (a name, a title and name, a pronoun). */
    private Speaker leadingSubject(Para p, int x, int y) {
        String t = p.t;
        x = Grammar.skipLeading(t, x, y);
        if (x >= y) {
            return null;
        }
        for (String w : LEAD_INS) {
            if (t.startsWith(w, x) && !t.startsWith("当时", x) && !t.startsWith("當時", x)) {
                return null; // a clause opened by a preposition has no subject of its own
            }
        }
        if ("对對向和与與跟据據经經为為".indexOf(t.charAt(x)) >= 0 || startsWithAny(t, x, PP_OPENERS)) {
            return null;
        }
        for (String pr : List.of("他们", "她们", "他們", "她們", "他", "她")) {
            if (t.startsWith(pr, x) && !t.startsWith(pr + "人", x)) {
                return Grammar.PLURAL_PRONOUNS.contains(pr) ? plural(p, x, pr) : antecedent(p, x);
            }
        }
        String best = null;
        for (String name : registry.keySet()) {
            if (t.startsWith(name, x) && x + name.length() <= y && !possessive(t, x + name.length())
                    && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        if (best != null) {
            return make(best, best, registry.get(best).type);
        }
        int b = cutSpeaker(p, x, y);
        if (b > x) {
            Speaker s = speakerOf(p, x, b, true, true, false);
            if (s != null) {
                return s;
            }
        }
        for (int k = x; k < y; k++) {
            if (p.mask[k] != 0 || (k > x && Grammar.boundaryTokenAt(t, k, x, y) > 0)) {
                break;
            }
            Dict.Hit<RoleTitle> h = v.heads.longestAt(t, k, y);
            if (h != null && h.word().length() > 1) {
                int e = v.guessNameEnd(t, h.end(), y);
                if (e > h.end()) {
                    return speakerOf(p, x, e, true, true, false);
                }
            }
        }
        return null;
    }

    /**
     * 他 / 她: in the same paragraph the nearest earlier speaker or clause-opening name (names inside a reported
     * clause do not count); in the two paragraphs before, the last speaker, else the last such name.
     */
    private Speaker antecedent(Para p, int pos) {
        for (int back = 0; back <= 2; back++) {
            int lp = p.listPos - back;
            if (lp < 0) {
                break;
            }
            Para q = paras.get(lp);
            if (!q.body) {
                break;
            }
            int limit = back == 0 ? pos : q.n;
            Speaker said = null;
            int saidPos = -1;
            for (Said s : history) {
                if (s.listPos() == lp && s.pos() < limit && s.speaker().type() != SpeakerType.MEDIA
                        && s.speaker().type() != SpeakerType.ORGANISATION && s.pos() >= saidPos) {
                    said = s.speaker();
                    saidPos = s.pos();
                }
            }
            int[] namePos = new int[1];
            Speaker named = subjectNameBefore(q, limit, namePos);
            if (back == 0 && named != null && namePos[0] > saidPos) {
                return named;
            }
            if (said != null) {
                return said;
            }
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private Speaker subjectNameBefore(Para p, int limit) {
        return subjectNameBefore(p, limit, new int[1]);
    }

    /** The last person name of the registry that starts a clause before {@code limit}. */
    private Speaker subjectNameBefore(Para p, int limit, int[] foundAt) {
        String t = p.t;
        int from = Math.max(0, limit - ANTECEDENT_WINDOW);
        String bestName = null;
        int bestPos = -1;
        for (NameInfo info : registry.values()) {
            if (info.type != SpeakerType.PERSON) {
                continue;
            }
            int i = t.indexOf(info.name, from);
            while (i >= 0 && i < limit) {
                if (p.mask[i] == 0 && i > bestPos && startsClause(p, i) && !insideReport(p, i)) {
                    bestPos = i;
                    bestName = info.name;
                }
                i = t.indexOf(info.name, i + 1);
            }
        }
        Matcher m = FOREIGN_NAME.matcher(t).region(from, Math.max(from, Math.min(limit, p.n)));
        while (m.find() && m.start() < limit) {
            int end = v.guessNameEnd(t, m.start(), p.n);
            if (end > m.start() && p.mask[m.start()] == 0 && m.start() > bestPos && startsClause(p, m.start())
                    && !insideReport(p, m.start())) {
                bestPos = m.start();
                bestName = t.substring(m.start(), end);
            }
        }
        foundAt[0] = bestPos;
        return bestName == null ? null : make(bestName, bestName, SpeakerType.PERSON);
    }

    /**
     * Whether the name at {@code i} opens its clause: nothing before it in the clause, or only its title
     * ({@code 学生小刚}), a description ending in 的, or another name of a list. A name after a preposition or
     * a verb ({@code 和学生小丽一样}, {@code 拉小花手}) is not a subject.
     */
    private boolean startsClause(Para p, int i) {
        String t = p.t;
        int j = i - 1;
        while (j >= 0 && !(p.mask[j] == 0 && Grammar.isBoundaryPunct(t.charAt(j)))) {
            j--;
        }
        int a = Grammar.skipLeading(t, j + 1, i + 1);
        if (a >= i) {
            return true;
        }
        String prefix = t.substring(a, i);
        if (prefix.length() > 30 || "和与與跟同像比对對向在于於据據经經被把让讓给給".indexOf(prefix.charAt(0)) >= 0
                || startsWithAny(t, a, PP_OPENERS)) {
            return false;
        }
        return endsWithHead(prefix) || prefix.endsWith("的") || prefix.endsWith("、");
    }

    /** Whether position {@code i} lies in the first sentence of a clause reported earlier in the paragraph. */
    private static boolean insideReport(Para p, int i) {
        for (Att a : p.atts) {
            if (a.hasForward() && a.clauseStart <= i && i < firstSentenceEnd(p, a.clauseStart)) {
                return true;
            }
        }
        return false;
    }

    /** 他们: a plural speaker said before (小刚爷爷、小强母亲), else the pronoun itself. */
    private Speaker plural(Para p, int pos, String pronoun) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Said s = history.get(i);
            if (s.listPos() < p.listPos - 1) {
                break;
            }
            String name = s.speaker().name();
            if ((s.listPos() < p.listPos || s.pos() < pos)
                    && (name.contains("、") || name.contains("和") || name.endsWith("们") || name.endsWith("家"))) {
                return s.speaker();
            }
        }
        return new Speaker(pronoun, pronoun, null, null, SpeakerType.PERSON, false);
    }

    /** 报道称: the outlet named last, as a speaker or as a 《title》 that is a newspaper. */
    private Speaker lastMedia(Para p, int pos) {
        for (int back = 0; back <= 3; back++) {
            int lp = p.listPos - back;
            if (lp < 0) {
                break;
            }
            Para q = paras.get(lp);
            int limit = back == 0 ? pos : q.n;
            Speaker best = null;
            int bestPos = -1;
            for (Said s : history) {
                if (s.listPos() == lp && s.pos() < limit && s.speaker().type() == SpeakerType.MEDIA
                        && s.pos() > bestPos && !Grammar.MEDIA_ANAPHORS.contains(s.speaker().name())) {
                    best = s.speaker();
                    bestPos = s.pos();
                }
            }
            Matcher m = MEDIA_TITLE.matcher(q.t);
            while (m.find()) {
                if (m.start() < limit && m.start() > bestPos) {
                    int end = m.end();
                    Dict.Hit<RoleTitle> h = v.heads.longestAt(q.t, end);
                    if (h != null && h.value().type() == SpeakerType.MEDIA) {
                        end = h.end();
                    }
                    String role = roleBefore(q, m.start());
                    String phrase = role + q.t.substring(m.start(), end);
                    best = new Speaker(m.group(1), phrase, null, v.affiliation(phrase), SpeakerType.MEDIA, true);
                    bestPos = m.start();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** 该人士: the last speaker whose phrase ends with the same head. */
    private Speaker lastSpeakerEndingWith(String head) {
        if (head.isEmpty()) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i).speaker();
            if (s.mention().endsWith(head) || s.name().endsWith(head)) {
                return s;
            }
        }
        return null;
    }

    // ================================================================== pass 2: quotes

    private void emit(Para p, List<Quote> out) {
        String t = p.t;
        int n = p.n;
        List<Att> atts = new ArrayList<>(p.atts);
        for (QuoteMarks.Span q : p.spans) {
            Att nc = nameColon(p, q, atts);
            if (nc != null) {
                atts.add(nc);
            }
        }
        atts.sort(Comparator.comparingInt(a -> a.cueStart));

        // resolve speakers in reading order; decide nesting
        List<Att> kept = new ArrayList<>();
        List<Att> top = new ArrayList<>();
        Att cur = null;
        for (Att a : atts) {
            int scope = 0;
            Att outer = null;
            if (cur != null && cur.hasForward() && a.cueStart >= cur.clauseStart
                    && a.cueStart < firstSentenceEnd(p, cur.clauseStart)) {
                outer = cur;
                scope = cur.clauseStart;
            }
            boolean continuation = false;
            if (a.speaker == null) {
                a.speaker = resolve(p, a, scope);
                if (a.speaker == null && outer != null && a.kind == Kind.EMPTY && addsStatement(p, a)) {
                    // 表示，…，同时严厉警告…: no subject inside the report, so the speaker goes on with a new cue
                    a.speaker = outer.speaker;
                    a.subjectInSentence = true;
                    continuation = true;
                }
            }
            if (a.speaker == null) {
                continue;
            }
            if ((a.mode == Mode.BARE && !acceptsBare(p, a, atts)) || (a.needsName && !knownName(a.speaker))) {
                continue;
            }
            if (outer != null && a.mode == Mode.END) {
                continue;
            }
            if (outer != null && a.speaker.sameAs(outer.speaker)) {
                if (!continuation) {
                    continue; // 她接到通知，说…: the speaker's own words inside their report
                }
                outer = null; // a statement of its own: it ends the one before
            }
            if (outer != null) {
                a.outer = outer;
            } else {
                top.add(a);
                cur = a;
            }
            kept.add(a);
            history.add(new Said(p.listPos, a.npStart > a.rawStart ? a.npStart : a.rawStart, a.speaker));
        }

        // where each reported clause ends
        for (int i = 0; i < top.size(); i++) {
            Att a = top.get(i);
            if (!a.hasForward()) {
                continue;
            }
            Att next = i + 1 < top.size() ? top.get(i + 1) : null;
            int end;
            if (a.mode == Mode.BARE || next != null) {
                end = sentenceEnd(p, a.clauseStart);
            } else {
                end = n;
            }
            if (next != null) {
                end = Math.min(end, Math.max(a.clauseStart, next.rawStart));
            }
            end = stopAtReporterSentence(p, a.clauseStart, end);
            if (end == n && a.mode != Mode.NAMECOLON) {
                end = trimFinalPronounClause(p, a.clauseStart, end);
            }
            a.clauseEnd = end;
        }
        for (Att a : kept) {
            if (a.outer != null && a.hasForward()) {
                int outerEnd = a.outer.clauseEnd >= 0 ? a.outer.clauseEnd : n;
                a.clauseEnd = Math.min(sentenceEnd(p, a.clauseStart), outerEnd);
            }
        }

        Set<Integer> claimed = new HashSet<>();
        for (Att a : kept) {
            QuoteMarks.Span before = a.mode == Mode.NAMECOLON ? null : quoteBefore(p, a.rawStart);
            if (before != null && !claimed.contains(before.open())) {
                claimed.add(before.open());
                addDirect(p, a, before, a.directConfidence, out);
            }
            if (a.hasForward() && a.clauseEnd > a.clauseStart) {
                segments(p, a, claimed, out);
            }
        }
        contextQuotes(p, kept, claimed, out);
    }

    /** A name the article introduces elsewhere, or one that comes with a title. */
    private boolean knownName(Speaker s) {
        return s.named() && (lookup(s.name()) != null || (s.role() != null && endsWithHead(s.role()))
                || s.type() == SpeakerType.MEDIA);
    }

    /** One clause opened by a preposition or a conditional, right before the quotation it introduces. */
    private static boolean isLeadIn(Para p, int from, int to) {
        String t = p.t;
        int a = nextNonSpace(t, from, to);
        int commas = 0;
        for (int i = a; i < to; i++) {
            if (p.mask[i] == 0 && (Grammar.isBoundaryPunct(t.charAt(i)))) {
                commas++;
            }
        }
        if (commas > 1) {
            return false;
        }
        for (String w : LEAD_INS) {
            if (t.startsWith(w, a) && !t.startsWith("当时", a) && !t.startsWith("當時", a) && !t.startsWith("当天", a)
                    && !t.startsWith("当地", a) && !t.startsWith("在场", a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue with no comma after it is an attribution only when its speaker is a name the article knows
     * (or a pronoun for one), or the subject of the same sentence ({@code 王尚普拒绝接受采访，称…}); a bare
     * {@code 要求} after an ordinary noun is a noun ({@code 合理要求}).
     */
    private boolean acceptsBare(Para p, Att a, List<Att> all) {
        int end = sentenceEnd(p, a.clauseStart);
        for (Att other : all) {
            if (other != a && other.cueStart > a.clauseStart && other.cueStart < end) {
                return false; // 他在谈到自己三哥的时候说：…: the real cue comes later in the sentence
            }
        }
        if (a.kind == Kind.EMPTY) {
            return a.subjectInSentence;
        }
        if (a.kind == Kind.PRONOUN || a.kind == Kind.POSSESSIVE) {
            return true;
        }
        // verbs of saying (说, 表示) take a clause; others (要求, 宣布) more often a noun, so want a known name
        return a.verb != null && a.verb.has("say") ? a.speaker.named() : knownName(a.speaker);
    }

    /** {@code 伯恩斯：“…”}: a quotation after a colon whose left side is a speaker and nothing else. */
    private Att nameColon(Para p, QuoteMarks.Span q, List<Att> atts) {
        String t = p.t;
        int k = prevNonSpace(t, q.open() - 1);
        if (k < 0 || (t.charAt(k) != '：' && t.charAt(k) != ':')) {
            return null;
        }
        for (Att a : atts) {
            if (a.clauseStart == q.open() || (a.cueEnd <= k && nextNonSpace(t, a.cueEnd, p.n) == k)) {
                return null; // X说：“…” is the cue's
            }
        }
        int s = phraseStart(p, k, 0);
        int a0 = Grammar.skipLeading(t, s, k);
        if (a0 >= k) {
            return null;
        }
        Att att = new Att();
        att.mode = Mode.NAMECOLON;
        att.cue = "：";
        att.cueStart = k;
        att.cueEnd = k + 1;
        att.rawStart = s;
        att.npStart = a0;
        att.npEnd = k;
        att.kind = Kind.NP;
        att.clauseStart = q.open();
        String pre = t.substring(a0, k).strip();
        if (pre.length() <= 25 && cutSpeaker(p, a0, k) == k) {
            Speaker sp;
            if (Grammar.PRONOUNS.contains(pre)) {
                sp = antecedent(p, a0);
            } else {
                sp = speakerOf(p, a0, k, true, true);
                if (sp != null && !knownSpeaker(p, a0, k, sp)) {
                    sp = null;
                }
            }
            if (sp != null) {
                att.speaker = sp;
                att.directConfidence = 0.95;
                return att;
            }
        }
        if (pre.length() <= 30) {
            Speaker sp = leadingKnownSubject(p, a0, k);
            if (sp != null) {
                att.speaker = sp;
                att.directConfidence = 0.85;
                return att;
            }
        }
        return null;
    }

    /** A colon-form speaker must be one the article introduces, or carry a title or a head. */
    private boolean knownSpeaker(Para p, int a, int b, Speaker sp) {
        String np = p.t.substring(a, b).strip();
        return lookup(sp.name()) != null || endsWithHead(np) || !sp.named() || np.contains("《")
                || p.mentions.stream().anyMatch(m -> m.end() == b)
                || (sp.role() != null && endsWithHead(sp.role()));
    }

    /** {@code 他还和自己家乡的公园做了一个对比：“…”}: a clause opened by a known name or a pronoun. */
    private Speaker leadingKnownSubject(Para p, int x, int y) {
        String t = p.t;
        for (String pr : List.of("他", "她")) {
            if (t.startsWith(pr, x) && !t.startsWith(pr + "们", x) && !t.startsWith(pr + "人", x)) {
                return antecedent(p, x);
            }
        }
        if (t.startsWith("该", x) || t.startsWith("該", x)) {
            Dict.Hit<RoleTitle> h = v.heads.longestAt(t, x + 1, y);
            if (h != null) {
                return lastSpeakerEndingWith(h.word()); // 该人士付之一笑：
            }
        }
        String best = null;
        for (String name : registry.keySet()) {
            if (t.startsWith(name, x) && !possessive(t, x + name.length()) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : make(best, best, registry.get(best).type);
    }

    /** Splits a reported clause into indirect stretches and direct quotations. */
    private void segments(Para p, Att a, Set<Integer> claimed, List<Quote> out) {
        String t = p.t;
        int cs = a.clauseStart;
        int ce = a.clauseEnd;
        List<QuoteMarks.Span> breaks = new ArrayList<>();
        for (QuoteMarks.Span q : p.spans) {
            if (q.open() < cs || q.open() >= ce || (q.closed() && q.end() > ce && q.close() >= ce)) {
                continue;
            }
            boolean opensClause = q.open() == nextNonSpace(t, cs, p.n);
            if (opensClause || (isBreakOpen(p, q) && isBreakClose(p, q, ce))) {
                breaks.add(q);
            }
        }
        boolean directFirst = !breaks.isEmpty() && breaks.get(0).open() == nextNonSpace(t, cs, p.n);
        int cursor = cs;
        if (!directFirst && !breaks.isEmpty() && isLeadIn(p, cs, breaks.get(0).open())) {
            cursor = breaks.get(0).open(); // 如果眼睛被塞纸，“…”: the condition frames the quotation, it is not reported
        }
        for (QuoteMarks.Span q : breaks) {
            if (!directFirst) {
                addIndirect(p, a, cursor, q.open(), out);
            }
            if (claimed.add(q.open())) {
                addDirect(p, a, q, a.directConfidence, out);
            }
            cursor = q.end();
        }
        if (!directFirst && breaks.isEmpty()) {
            addIndirect(p, a, cursor, ce, out);
        }
        // after a direct part, unquoted text that no quotation follows is the reporter's again
    }

    /** Quotations that no cue reaches but that continue the speaker before them (a quoted sentence). */
    private void contextQuotes(Para p, List<Att> kept, Set<Integer> claimed, List<Quote> out) {
        String t = p.t;
        for (QuoteMarks.Span q : p.spans) {
            if (claimed.contains(q.open()) || !q.closed()) {
                continue;
            }
            String inner = t.substring(q.innerStart(), q.innerEnd());
            long han = inner.chars().filter(c -> Grammar.isHan((char) c)).count();
            if (han < 8) {
                continue;
            }
            int before = prevNonSpace(t, q.open() - 1);
            int after = nextNonSpace(t, q.end(), p.n);
            boolean endsSentence = after >= p.n || Grammar.isSentenceEnd(t.charAt(after)) || t.charAt(after) == '；'
                    || Grammar.isSentenceEnd(inner.charAt(inner.length() - 1)) || inner.endsWith("……");
            boolean startsSentence = before < 0 || Grammar.isSentenceEnd(t.charAt(before))
                    || QuoteMarks.isCloser(t.charAt(before)) || t.charAt(before) == '；';
            boolean afterComma = before >= 0 && (t.charAt(before) == '，' || t.charAt(before) == ',');
            if (!endsSentence || !(startsSentence || afterComma)) {
                continue;
            }
            Speaker speaker = null;
            int best = -1;
            for (Att a : kept) {
                if (a.cueStart < q.open() && a.cueStart > best) {
                    speaker = a.speaker;
                    best = a.cueStart;
                }
            }
            int[] at = new int[1];
            Speaker named = subjectNameBefore(p, q.open(), at);
            if (named != null && at[0] > best) {
                speaker = named;
            }
            if (speaker == null && p.listPos > 0 && paras.get(p.listPos - 1).body) {
                for (int i = history.size() - 1; i >= 0; i--) {
                    Said s = history.get(i);
                    if (s.listPos() == p.listPos - 1) {
                        speaker = s.speaker();
                        break;
                    }
                    if (s.listPos() < p.listPos - 1) {
                        break;
                    }
                }
            }
            if (speaker == null) {
                continue;
            }
            claimed.add(q.open());
            history.add(new Said(p.listPos, q.open(), speaker));
            Att ctx = new Att();
            ctx.speaker = speaker;
            ctx.cue = null;
            addDirect(p, ctx, q, 0.5, out);
        }
    }

    private void addDirect(Para p, Att a, QuoteMarks.Span q, double confidence, List<Quote> out) {
        int s = q.innerStart();
        int e = q.innerEnd();
        String text = p.t.substring(s, e);
        if (text.isBlank()) {
            return;
        }
        out.add(quote(p, a, QuoteKind.DIRECT, text, s, e, confidence));
    }

    private void addIndirect(Para p, Att a, int from, int to, List<Quote> out) {
        String t = p.t;
        int s = from;
        while (s < to && (Grammar.isSpace(t.charAt(s)) || "，,、；;：:。".indexOf(t.charAt(s)) >= 0)) {
            s++;
        }
        int e = to;
        while (e > s && Grammar.isSpace(t.charAt(e - 1))) {
            e--;
        }
        if (e - s < 2) {
            return;
        }
        String text = t.substring(s, e);
        if (text.chars().noneMatch(c -> Grammar.isWordChar((char) c))) {
            return;
        }
        double confidence = a.outer != null ? 0.6 : a.speaker.named() ? 0.8 : 0.6;
        out.add(quote(p, a, QuoteKind.INDIRECT, text, s, e, confidence));
    }

    private Quote quote(Para p, Att a, QuoteKind kind, String text, int start, int end, double confidence) {
        Speaker s = a.speaker;
        return new Quote(articleId, Quote.idFor(articleId, p.index, start, end), kind, text, s.name(), s.mention(),
                s.role(), s.affiliation(), s.type(), a.cue, a.via, a.outer != null ? a.outer.speaker.name() : null,
                p.index, start, end, confidence);
    }

    // ================================================================== text helpers

    /**
     * A later sentence whose subject is the reporter or an outlet ({@code 澎湃新闻尝试联系…},
     * {@code 《红周刊》记者注意到…}) is the article's own voice again: the reported clause ends before it.
     */
    private int stopAtReporterSentence(Para p, int cs, int end) {
        String t = p.t;
        for (int i = cs; i < end - 1; i++) {
            if (!((p.mask[i] == 0 && Grammar.isSentenceEnd(t.charAt(i))) || quotedSentenceEndsAt(p, i))) {
                continue;
            }
            int x = Grammar.skipLeading(t, i + 1, end);
            int y = x;
            while (y < end && !(p.mask[y] == 0 && Grammar.isBoundaryPunct(t.charAt(y)))) {
                y++;
            }
            String lead = t.substring(x, Math.min(y, x + 12));
            if (lead.contains("记者") || lead.contains("記者") || lead.startsWith("本报") || lead.startsWith("笔者")) {
                return i + 1;
            }
            int b = cutSpeaker(p, x, y);
            if (b > x) {
                Speaker sp = speakerOf(p, x, b, true, false, false);
                if (sp != null && sp.type() == SpeakerType.MEDIA) {
                    return i + 1;
                }
            }
        }
        return end;
    }

    /** The reporter's closing remark on the speaker ({@code …，他对于“拜习会”的成效打问号。}) is not reported. */
    private int trimFinalPronounClause(Para p, int cs, int end) {
        String t = p.t;
        int lastComma = -1;
        for (int i = end - 1; i > cs; i--) {
            if (p.mask[i] == 0 && (t.charAt(i) == '，' || t.charAt(i) == ',')) {
                lastComma = i;
                break;
            }
            if (p.mask[i] == 0 && (Grammar.isSentenceEnd(t.charAt(i)) || t.charAt(i) == '；') && i < end - 1) {
                return end; // the last clause is a sentence of its own, not a trailing remark
            }
        }
        if (lastComma < 0) {
            return end;
        }
        int k = nextNonSpace(t, lastComma + 1, end);
        for (String pr : List.of("他们", "她们", "他", "她")) {
            if (t.startsWith(pr, k) && !t.startsWith(pr + "人", k)) {
                return lastComma + 1;
            }
        }
        return end;
    }

    /** One past the first sentence terminator at or after {@code from} outside quotations, or the paragraph end. */
    private static int sentenceEnd(Para p, int from) {
        for (int i = from; i < p.n; i++) {
            if ((p.mask[i] == 0 && Grammar.isSentenceEnd(p.t.charAt(i))) || quotedSentenceEndsAt(p, i)) {
                return i + 1;
            }
        }
        return p.n;
    }

    /**
     * Whether a quotation closes at {@code i} with its own full stop and the text goes on without punctuation
     * ({@code “…。”他还表示}): the sentence ended inside the marks.
     */
    private static boolean quotedSentenceEndsAt(Para p, int i) {
        QuoteMarks.Span q = p.mask[i] == QUOTE ? p.spanClosingAt(i) : null;
        if (q == null || q.innerEnd() <= q.innerStart()) {
            return false;
        }
        char last = p.t.charAt(q.innerEnd() - 1);
        if (!Grammar.isSentenceEnd(last) && last != '…') {
            return false;
        }
        int j = nextNonSpace(p.t, i + 1, p.n);
        return j < p.n && !Grammar.isBoundaryPunct(p.t.charAt(j));
    }

    /** Like {@link #sentenceEnd} but a semicolon also ends the stretch in which a cue counts as nested. */
    private static int firstSentenceEnd(Para p, int from) {
        for (int i = from; i < p.n; i++) {
            char c = p.t.charAt(i);
            if ((p.mask[i] == 0 && (Grammar.isSentenceEnd(c) || c == '；' || c == ';')) || quotedSentenceEndsAt(p, i)) {
                return i + 1;
            }
        }
        return p.n;
    }

    /** A quotation that starts a clause (after punctuation or at the paragraph start), not a term in prose. */
    private static boolean isBreakOpen(Para p, QuoteMarks.Span q) {
        int j = prevNonSpace(p.t, q.open() - 1);
        if (j < 0) {
            return true;
        }
        char c = p.t.charAt(j);
        if (QuoteMarks.isCloser(c)) {
            QuoteMarks.Span prev = p.spanClosingAt(j);
            if (prev == null || prev.innerEnd() <= prev.innerStart()) {
                return false;
            }
            char last = p.t.charAt(prev.innerEnd() - 1);
            return Grammar.isSentenceEnd(last) || last == '…'; // “中国”“武汉”: a list of terms, not two statements
        }
        return Grammar.isBoundaryPunct(c) || c == '）' || c == ')';
    }

    /** A quotation followed by punctuation or the end of the clause, not by more of the sentence. */
    private static boolean isBreakClose(Para p, QuoteMarks.Span q, int limit) {
        if (!q.closed()) {
            return true;
        }
        int j = nextNonSpace(p.t, q.end(), p.n);
        if (j >= limit) {
            return true;
        }
        char c = p.t.charAt(j);
        return Grammar.isBoundaryPunct(c) || c == '）' || c == ')' || c == '（' || c == '(';
    }

    private static int prevNonSpace(String t, int i) {
        while (i >= 0 && Grammar.isSpace(t.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int nextNonSpace(String t, int i, int n) {
        while (i < n && Grammar.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
