package org.rhetoriclake.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetoriclake.core.entities.EntityTagger.TaggedSpan;
import org.rhetoriclake.core.entities.gazetteer.Gazetteer;
import org.rhetoriclake.core.entities.gazetteer.GazetteerEntry;
import org.rhetoriclake.core.entities.gazetteer.GazetteerMatch;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;

/**
 * The entity mentions of one article: the tagger's spans, mapped to table types, and repaired by a few general
 * rules where a statistical tagger is known to fail on news text.
 *
 * <p>The tagger sees one paragraph per call (body paragraphs and subheadings, never captions or the byline):
 * short inputs keep the Chinese segmenter fast, and offsets are paragraph offsets, as the table stores them.
 * A paragraph the tagger refuses as too long ends the article with a {@link TextTooLongException} that names
 * the paragraph; the entities stage turns it into a reject.
 *
 * <p>What is kept, in this order (each rule's name is the mention's {@code decided_by}):
 * <ol>
 *   <li><b>{@code corenlp}</b> (the tagger's name): every span whose label {@link EntityLabels} maps to a type,
 *       with the tagger's label as {@code fine_type}. Except the <em>numeric fragment</em>: a MISC span that
 *       touches a number, date or amount span ({@code 半|年前}, {@code 两|天}, {@code 94|岁}) is the rest of a
 *       numeric expression the numeric pass took the head of, not a name, and is dropped.</li>
 *   <li><b>{@code abbreviation}</b>: one-character countries inside a compound ({@code 中美关系}, {@code 美方},
 *       {@code 日媒}) are GPE mentions each ({@link CountryAbbreviations}); tagger spans starting inside the
 *       compound give way to them, and no longer span found later overrules them.</li>
 *   <li><b>{@code portmanteau}</b> (with a gazetteer): a summit named by two leaders' initials and 会
 *       ({@code 拜习会}) is a one-character PERSON mention per leader, pinned like the countries above.</li>
 *   <li><b>{@code gazetteer}</b> (with a gazetteer): every actor's name that stands as whole words, of the
 *       gazetteer's type. It wins over tagger spans it crosses and over fragments that contain it (a MISC span, an
 *       organisation cut before its head, a person span with a title in it), but not over a well-formed longer
 *       name ({@code 中国人民银行}) or a context rule's span.</li>
 *   <li><b>{@code role-title}</b>: a word right after a role title (label {@code TITLE}) is a person when the
 *       tagger calls it an untyped proper noun ({@link EntityLabels#PROPER_NOUN}) and it has the shape of a
 *       name ({@code 教授|夏明}). Journalists introduce people as title + name, and a name new to the NER model is
 *       where it fails. Both conditions are needed: on the People's Daily test split, the untagged word after a
 *       title was a name 7 times in 900, and with the name shape alone the rule was wrong 63 times in 70
 *       ({@code 县长|信访}, {@code 总理|强调}); with the proper-noun condition it was right 3 times in 3. A lone
 *       one-character proper noun followed by another proper noun ({@code 卢|宇}) counts as one word: the
 *       segmenter cuts rare names after the surname.</li>
 *   <li><b>{@code speaker-colon}</b>: a paragraph that opens with a name-shaped word, a colon and a quotation
 *       mark ({@code 沈明室：“…}) opens with its speaker, a person: the interview transcript form. The segmenter
 *       often mis-reads such a paragraph-initial name as a common noun, so no part of speech is asked for; but
 *       when the tagger reports word boundaries the name must be one word ({@code 古人|云：“} is not a
 *       name).</li>
 *   <li><b>{@code byline}</b>: the article's credited reporters and editors are persons. Wherever a byline name
 *       occurs in a paragraph and no mention overlaps it, it is added; where the tagger gave exactly that span
 *       another type, it is corrected to PERSON.</li>
 *   <li><b>{@code same-name}</b>: one name, one referent per article. A name (two characters or more) that
 *       the article has shown to be a person is a PERSON wherever else it stands untagged as a whole word
 *       ({@code 拜登} in {@code （拜登|政府）}, where the tagger missed it). "Shown" means tagged PERSON at
 *       least twice, or found once by one of the context rules above: a single stray PERSON tag would
 *       otherwise spread its error through the article (on the People's Daily test split, spreading every
 *       PERSON string was right 11 times in 21; with this condition, 8 in 10). "Whole word" means it starts
 *       and ends at word boundaries (the tagger's span edges, punctuation, the paragraph's ends) and overlaps
 *       no tagged span, so {@code 毛毛} does not match inside {@code 毛毛雨}.</li>
 *   <li>Overlaps and duplicates: the longest span wins; between equally long spans, the rule earlier in this
 *       list.</li>
 * </ol>
 * None of these rules knows a particular name; the surname table in {@link ChineseNames} is the general one,
 * the gazetteer the only list of actors. With a linker, every mention is then linked to its actor
 * ({@link EntityLinker}).
 *
 * <p>Thread-safe when the tagger is; holds no per-article state.
 */
public final class MentionBuilder {
    /** {@code decided_by} of mentions taken from the tagger, unless the constructor names it otherwise. */
    public static final String BY_TAGGER = "corenlp";
    public static final String BY_ROLE_TITLE = "role-title";
    public static final String BY_SPEAKER_COLON = "speaker-colon";
    public static final String BY_BYLINE = "byline";
    public static final String BY_SAME_NAME = "same-name";
    public static final String BY_ABBREVIATION = "abbreviation";
    public static final String BY_GAZETTEER = "gazetteer";
    public static final String BY_PORTMANTEAU = "portmanteau";
    public static final String BY_TEAM = "team";
    public static final String BY_DEMONYM = "demonym";

    /** Rule ranks: between equally long overlapping spans the lower rank wins (the order of the list above). */
    private static final int RANK_TAGGER = 0;
    private static final int RANK_ROLE_TITLE = 1;
    private static final int RANK_SPEAKER_COLON = 2;
    private static final int RANK_BYLINE = 3;
    private static final int RANK_SAME_NAME = 4;
    private static final int RANK_ABBREVIATION = 5;
    private static final int RANK_GAZETTEER = 6;

    /**
     * The words an organisation's name ends with ({@code 研究院}, {@code 外交部}, {@code 委员会}, {@code 大学}): a
     * tagger's ORGANIZATION span that ends otherwise ({@code 国防安全研究院国家安全}, {@code 纽约城市大学政治学}) was
     * cut in the middle of a name or ran past one, and a gazetteer name inside it is the better mention.
     */
    private static final List<String> ORG_HEADS = List.of("大学", "学院", "中学", "小学", "学会", "中心", "组织", "集团",
            "公司", "银行", "政府", "协会", "联盟", "论坛", "国会", "议会", "办公室", "院", "所", "部", "会", "局", "委", "署",
            "处", "厅", "办", "党", "社", "报", "台", "司", "行", "队", "团", "军", "校", "馆", "网", "刊", "系", "组", "府");

    /** The paragraph kinds that are tagged: running text, not captions (kept apart) or credits. */
    public static final Set<ParagraphKind> TAGGED_KINDS = Set.copyOf(EnumSet.of(ParagraphKind.BODY, ParagraphKind.SUBHEADING));

    /** Name, colon, optional space, opening quotation mark, at the start of a paragraph. */
    private static final Pattern SPEAKER_COLON = Pattern.compile("^(\\S{2,20}?)\\s*[：:]\\s*[“「『\"‘]");

    private final EntityTagger tagger;
    private final String taggerName;
    private final Gazetteer gazetteer;
    private final EntityLinker linker;

    /** Mentions from {@code tagger}, recorded as decided by {@value #BY_TAGGER}; no gazetteer, no linking. */
    public MentionBuilder(EntityTagger tagger) {
        this(tagger, BY_TAGGER);
    }

    /** Mentions from {@code tagger}, recorded as decided by {@code taggerName}; no gazetteer, no linking. */
    public MentionBuilder(EntityTagger tagger, String taggerName) {
        this(tagger, taggerName, null, null);
    }

    /**
     * Mentions from {@code tagger} and {@code gazetteer}, linked to actors by {@code linker}.
     *
     * @param gazetteer the actors whose names are found as written, or null for none
     * @param linker    decides the actor of every mention, or null to leave mentions unlinked
     */
    public MentionBuilder(EntityTagger tagger, String taggerName, Gazetteer gazetteer, EntityLinker linker) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.taggerName = Objects.requireNonNull(taggerName, "taggerName");
        this.gazetteer = gazetteer;
        this.linker = linker;
    }

    /**
     * Tags the article paragraph by paragraph and applies the rules above.
     *
     * @return the mentions, ordered by paragraph and start; never overlapping within a paragraph
     * @throws TextTooLongException when the tagger refuses a paragraph, with {@link TextTooLongException#paragraph()}
     *                              set
     */
    public List<EntityMention> build(Article article) {
        Objects.requireNonNull(article, "article");
        List<Para> paras = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (TAGGED_KINDS.contains(p.kind()) && !p.text().isBlank()) {
                paras.add(new Para(p.index(), p.text(), tag(p)));
            }
        }
        Integer year = yearOf(article);
        for (Para p : paras) {
            fromTagger(p);
            abbreviations(p);
            demonyms(p);
            if (gazetteer != null) {
                portmanteaus(p, year);
                gazetteerNames(p);
            }
            teams(p);
            roleTitle(p);
            speakerColon(p);
        }
        byline(article, paras);
        sameName(paras);

        List<EntityMention> out = new ArrayList<>();
        for (Para p : paras) {
            for (Candidate c : resolveOverlaps(p.candidates, p.pinned)) {
                out.add(new EntityMention(article.articleId(),
                        EntityMention.idFor(article.articleId(), p.index, c.start, c.end), p.index, c.start, c.end,
                        p.text.substring(c.start, c.end), c.type, c.fineType, c.decidedBy));
            }
        }
        return linker == null ? out : linker.link(article, out);
    }

    /** The UTC year the article was published (else captured), for the offices held then; null when unknown. */
    static Integer yearOf(Article article) {
        java.time.Instant at = article.publishedAt() != null ? article.publishedAt() : article.capturedAt();
        return at == null ? null : at.atZone(java.time.ZoneOffset.UTC).getYear();
    }

    private List<TaggedSpan> tag(Paragraph p) {
        List<TaggedSpan> raw;
        try {
            raw = tagger.tag(p.text());
        } catch (TextTooLongException e) {
            throw e.inParagraph(p.index());
        }
        // Offsets that do not fit the text are a tagger bug; such a span is dropped rather than written with
        // offsets that point at the wrong characters.
        List<TaggedSpan> spans = new ArrayList<>();
        String text = p.text();
        for (TaggedSpan s : raw == null ? List.<TaggedSpan>of() : raw) {
            if (s != null && s.start() >= 0 && s.end() > s.start() && s.end() <= text.length()
                    && (s.text() == null || s.text().equals(text.substring(s.start(), s.end())))) {
                spans.add(s);
            }
        }
        spans.sort(Comparator.comparingInt(TaggedSpan::start).thenComparing(Comparator.comparingInt(TaggedSpan::end).reversed()));
        return spans;
    }

    // ---- rule 1: the tagger's entities, minus numeric fragments

    private void fromTagger(Para p) {
        for (TaggedSpan s : p.spans) {
            Optional<EntityType> type = EntityLabels.typeOf(s.label());
            if (type.isEmpty()) {
                continue;
            }
            if (type.get() == EntityType.MISC && touchesNumeric(p, s)) {
                continue;
            }
            p.candidates.add(new Candidate(s.start(), s.end(), type.get(), s.label(), taggerName, RANK_TAGGER));
        }
    }

    private static boolean touchesNumeric(Para p, TaggedSpan misc) {
        for (TaggedSpan s : p.spans) {
            if (EntityLabels.isNumeric(s.label()) && (s.end() == misc.start() || s.start() == misc.end())) {
                return true;
            }
        }
        return false;
    }

    // ---- rule 1b: one-character countries inside compounds

    /**
     * {@code 中美关系}, {@code 美方}, {@code 日媒}: each country character is a GPE mention ({@link CountryAbbreviations}).
     * The compound is the tagger's blind spot (it tags {@code 中美} as one word, or not at all), so tagger spans
     * starting inside the compound give way; the one-character mentions are then never overruled for being short.
     */
    private static void abbreviations(Para p) {
        List<CountryAbbreviations.Found> found = CountryAbbreviations.find(p.text);
        if (found.isEmpty()) {
            return;
        }
        for (CountryAbbreviations.Found f : found) {
            boolean side = f.compoundEnd() - f.compoundStart() == 2 && f.at() == f.compoundStart()
                    && "方媒".indexOf(p.text.charAt(f.at() + 1)) >= 0;
            if (side) {
                // 美方 / 日媒: the country character is the mention, as in 美中. A tagger span within the word gives
                // way; one running past it (美方代表团) is a longer name and stays.
                p.candidates.removeIf(c -> c.priority == RANK_TAGGER && c.start >= f.compoundStart()
                        && c.end <= f.compoundEnd());
                if (p.candidates.stream().noneMatch(c -> c.start < f.compoundEnd() && f.compoundStart() < c.end)) {
                    p.candidates.add(new Candidate(f.at(), f.at() + 1, EntityType.GPE, "COUNTRY", BY_ABBREVIATION,
                            RANK_ABBREVIATION));
                }
                continue;
            }
            p.candidates.removeIf(c -> c.priority == RANK_TAGGER && c.start >= f.compoundStart()
                    && c.start < f.compoundEnd());
            p.candidates.add(new Candidate(f.at(), f.at() + 1, EntityType.GPE, "COUNTRY", BY_ABBREVIATION,
                    RANK_ABBREVIATION));
            p.pinned.add(f.at());
        }
    }

    // ---- rule 1b': people of a place, teams of a place

    /** What follows a place's name in the name of its sports team. */
    private static final List<String> TEAM_WORDS = List.of("国家队", "青年队", "女队", "男队", "女篮", "男篮", "女排",
            "男排", "女足", "男足", "二队", "一队", "队");

    /**
     * {@code 中国人}, {@code 意大利人}: the tagger tags the people of a place as one place span; the mention is the
     * place ({@code 中国}), which is what a count of the place's mentions wants, and the 人 is left out.
     */
    private void demonyms(Para p) {
        List<Candidate> replaced = new ArrayList<>();
        for (Candidate c : p.candidates) {
            if (c.priority == RANK_TAGGER && (c.type == EntityType.GPE || c.type == EntityType.LOCATION)
                    && c.end - c.start >= 3 && p.text.charAt(c.end - 1) == '人') {
                replaced.add(c);
            }
        }
        for (Candidate c : replaced) {
            p.candidates.remove(c);
            p.candidates.add(new Candidate(c.start, c.end - 1, EntityType.GPE, c.fineType, BY_DEMONYM, RANK_TAGGER));
        }
    }

    /**
     * {@code 中国队}, {@code 印尼女篮}: a place followed by a team word is the place's team, an organisation, not the
     * place; so is a place span the tagger ends with such a word.
     */
    private static void teams(Para p) {
        List<Candidate> places = new ArrayList<>();
        for (Candidate c : p.candidates) {
            if (c.type == EntityType.GPE || c.type == EntityType.LOCATION) {
                places.add(c);
            }
        }
        for (Candidate c : places) {
            String inside = p.text.substring(c.start, c.end);
            String word = TEAM_WORDS.stream().filter(w -> p.text.startsWith(w, c.end)).findFirst().orElse(null);
            boolean endsWithTeam = TEAM_WORDS.stream().anyMatch(w -> inside.endsWith(w) && inside.length() > w.length() + 1);
            if (word == null && !endsWithTeam) {
                continue;
            }
            int end = word == null ? c.end : c.end + word.length();
            if (word != null && end < p.text.length() && "员长伍列形".indexOf(p.text.charAt(end)) >= 0) {
                continue; // 队员, 队长, 队伍, 队列, 队形: a word of its own
            }
            if (p.pinned.stream().anyMatch(at -> c.start <= at && at < c.end)) {
                continue;
            }
            p.candidates.remove(c);
            p.candidates.removeIf(o -> o.start < end && c.start < o.end);
            p.candidates.add(new Candidate(c.start, end, EntityType.ORGANIZATION, c.fineType, BY_TEAM, RANK_TAGGER));
        }
    }

    // ---- rule 1c: summit portmanteaus

    /**
     * {@code 拜习会}, {@code 川习会}: two leaders' initials and 会 (a summit) name both leaders. Each initial is a
     * PERSON mention of its own when the gazetteer knows exactly one head of state or government with that
     * initial for the article's year and the two are of different sides; the linker then finds the person again
     * from the initial.
     */
    private void portmanteaus(Para p, Integer year) {
        String t = p.text;
        for (int at = t.indexOf('会', 2); at >= 0; at = t.indexOf('会', at + 1)) {
            List<GazetteerEntry> first = gazetteer.leaders(t.charAt(at - 2), year);
            List<GazetteerEntry> second = gazetteer.leaders(t.charAt(at - 1), year);
            if (first.size() != 1 || second.size() != 1 || Objects.equals(first.get(0).affiliation(), second.get(0).affiliation())) {
                continue;
            }
            int start = at - 2;
            int end = at + 1;
            p.candidates.removeIf(c -> c.start < end && start < c.end);
            for (int k = start; k < end - 1; k++) {
                p.candidates.add(new Candidate(k, k + 1, EntityType.PERSON, null, BY_PORTMANTEAU, RANK_ABBREVIATION));
                p.pinned.add(k);
            }
        }
    }

    // ---- rule 1d: the gazetteer's names

    /**
     * Every gazetteer name that stands as whole words (where the tagger reports words: 中国 is not found in
     * 发展中国家, nor 外交部 in 外交部长) is a mention of the gazetteer's type. It wins over a tagger span it
     * crosses, and over one that contains it when that span is a fragment: MISC ({@code 亚太经合组织领导人非正式会议}),
     * an organisation name cut before its head ({@code 国防安全研究院国家安全}), a person span holding a
     * gazetteer person ({@code 国务卿布林肯}) or a span made only of gazetteer names ({@code 美国旧金山}). A
     * well-formed longer name the tagger found ({@code 中国人民银行}) keeps the name inside it.
     */
    private void gazetteerNames(Para p) {
        List<GazetteerMatch> matches = gazetteer.find(p.text);
        boolean knowsWords = p.spans.stream().anyMatch(MentionBuilder::isUntyped);
        for (GazetteerMatch m : matches) {
            if (knowsWords && !(p.isBoundaryOrInsideEntity(m.start()) && endsAsAName(p, m.end()))) {
                continue;
            }
            if (p.pinned.stream().anyMatch(at -> m.start() <= at && at < m.end())) {
                continue;
            }
            EntityType type = m.entry().type();
            Candidate same = null;
            boolean keepsModel = false;
            List<Candidate> losers = new ArrayList<>();
            for (Candidate c : p.candidates) {
                if (c.end <= m.start() || m.end() <= c.start) {
                    continue;
                }
                if (c.start == m.start() && c.end == m.end()) {
                    same = c;
                } else if (c.start <= m.start() && m.end() <= c.end) {
                    if (containerWins(p, c, m, matches)) {
                        keepsModel = true;
                    } else {
                        losers.add(c);
                    }
                } else if (m.start() <= c.start && c.end <= m.end()) {
                    losers.add(c); // the longer gazetteer name
                } else if (c.priority == RANK_TAGGER) {
                    losers.add(c); // crossing: the gazetteer's edges are the name's edges
                } else {
                    keepsModel = true; // a context rule's span (byline, role) is not overruled here
                }
            }
            if (keepsModel) {
                continue;
            }
            p.candidates.removeAll(losers);
            if (same != null) {
                if (same.type == type) {
                    continue;
                }
                p.candidates.remove(same);
                p.candidates.add(new Candidate(m.start(), m.end(), type, same.fineType, BY_GAZETTEER, RANK_GAZETTEER));
            } else {
                p.candidates.add(new Candidate(m.start(), m.end(), type, null, BY_GAZETTEER, RANK_GAZETTEER));
            }
        }
    }

    /**
     * A name ends at a word boundary, or inside a word whose rest is a word of its own the segmenter glued on
     * ({@code 中共中央政治局|委员}, {@code 中国|外交部}): at least two more characters. One character more makes a
     * different word ({@code 外交部|长}, {@code 民主党|派}, {@code 中国|队}).
     */
    private static boolean endsAsAName(Para p, int end) {
        if (p.isBoundaryOrInsideEntity(end)) {
            return true;
        }
        for (TaggedSpan s : p.spans) {
            if (s.start() < end && end < s.end()) {
                return s.end() - end >= 2;
            }
        }
        return true;
    }

    private static boolean containerWins(Para p, Candidate c, GazetteerMatch m, List<GazetteerMatch> all) {
        if (c.priority != RANK_TAGGER) {
            return true;
        }
        // A span tiled end to end by gazetteer names is those names (美国旧金山).
        int pos = c.start;
        for (GazetteerMatch g : all) {
            if (g.start() == pos && g.end() <= c.end) {
                pos = g.end();
            }
        }
        if (pos == c.end) {
            return false;
        }
        String text = p.text.substring(c.start, c.end);
        return switch (c.type) {
            case MISC -> false;
            case PERSON -> m.entry().type() != EntityType.PERSON && (ChineseNames.looksLikeName(text) || text.indexOf('·') > 0);
            case ORGANIZATION -> ORG_HEADS.stream().anyMatch(text::endsWith);
            default -> true;
        };
    }

    // ---- rule 2: role title + name

    private static void roleTitle(Para p) {
        List<TaggedSpan> spans = p.spans;
        for (int i = 0; i < spans.size(); i++) {
            TaggedSpan title = spans.get(i);
            if (!EntityLabels.is(title.label(), EntityLabels.TITLE)) {
                continue;
            }
            int j = nextStartingAt(spans, i + 1, title.end());
            if (j < 0 || !isProperNoun(spans.get(j))) {
                continue;
            }
            TaggedSpan word = spans.get(j);
            int end = -1;
            if (ChineseNames.looksLikeName(p.text.substring(word.start(), word.end()))) {
                end = word.end();
            } else if (word.end() - word.start() == 1) {
                // The segmenter sometimes cuts a rare name after its surname (卢|宇): join one more word.
                int k = nextStartingAt(spans, j + 1, word.end());
                if (k >= 0 && isProperNoun(spans.get(k)) && spans.get(k).end() - word.start() <= 3
                        && ChineseNames.looksLikeName(p.text.substring(word.start(), spans.get(k).end()))) {
                    end = spans.get(k).end();
                }
            }
            if (end > 0 && p.isFree(word.start(), end)) {
                p.candidates.add(new Candidate(word.start(), end, EntityType.PERSON, null, BY_ROLE_TITLE, RANK_ROLE_TITLE));
            }
        }
    }

    private static int nextStartingAt(List<TaggedSpan> spans, int from, int position) {
        for (int k = from; k < spans.size() && spans.get(k).start() <= position; k++) {
            if (spans.get(k).start() == position) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isProperNoun(TaggedSpan s) {
        return EntityLabels.is(s.label(), EntityLabels.PROPER_NOUN);
    }

    private static boolean isUntyped(TaggedSpan s) {
        return EntityLabels.isUntyped(s.label());
    }

    // ---- rule 3: speaker colon

    private static void speakerColon(Para p) {
        Matcher m = SPEAKER_COLON.matcher(p.text);
        if (!m.find()) {
            return;
        }
        String name = m.group(1);
        if (ChineseNames.looksLikeName(name) && p.isFree(0, name.length()) && p.isOneWordOrUnknown(0, name.length())) {
            p.candidates.add(new Candidate(0, name.length(), EntityType.PERSON, null, BY_SPEAKER_COLON, RANK_SPEAKER_COLON));
        }
    }

    // ---- rule 4: byline names

    private static void byline(Article article, List<Para> paras) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : article.byline().allNames()) {
            if (n != null && n.strip().codePointCount(0, n.strip().length()) >= 2) {
                names.add(n.strip());
            }
        }
        for (String name : names) {
            for (Para p : paras) {
                for (int at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + 1)) {
                    int end = at + name.length();
                    Candidate same = p.candidateAt(at, end);
                    if (same != null && same.type != EntityType.PERSON) {
                        p.candidates.remove(same);
                        p.candidates.add(new Candidate(at, end, EntityType.PERSON, null, BY_BYLINE, RANK_BYLINE));
                    } else if (same == null && !p.overlapsCandidate(at, end)) {
                        p.candidates.add(new Candidate(at, end, EntityType.PERSON, null, BY_BYLINE, RANK_BYLINE));
                    }
                }
            }
        }
    }

    // ---- rule 5: one name, one referent per article

    private static void sameName(List<Para> paras) {
        Map<String, Integer> evidence = new HashMap<>();
        for (Para p : paras) {
            for (Candidate c : p.candidates) {
                String text = p.text.substring(c.start, c.end);
                if (c.type == EntityType.PERSON && text.codePointCount(0, text.length()) >= 2) {
                    // A context rule (title, colon, byline) is strong evidence on its own; the tagger's word
                    // counts once per occurrence, so one stray tag does not spread through the article.
                    evidence.merge(text, c.priority == RANK_TAGGER ? 1 : 2, Integer::sum);
                }
            }
        }
        List<String> longestFirst = new ArrayList<>();
        evidence.forEach((name, weight) -> {
            if (weight >= 2) {
                longestFirst.add(name);
            }
        });
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (Para p : paras) {
            for (String name : longestFirst) {
                for (int at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + 1)) {
                    int end = at + name.length();
                    if (p.isBoundary(at) && p.isBoundary(end) && p.isFree(at, end)) {
                        p.candidates.add(new Candidate(at, end, EntityType.PERSON, null, BY_SAME_NAME, RANK_SAME_NAME));
                    }
                }
            }
        }
    }

    // ---- overlaps

    private static List<Candidate> resolveOverlaps(List<Candidate> candidates, java.util.Set<Integer> pinned) {
        List<Candidate> byStrength = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean pinnedHere = c.end - c.start == 1 && pinned.contains(c.start)
                    && (c.decidedBy.equals(BY_ABBREVIATION) || c.decidedBy.equals(BY_PORTMANTEAU));
            boolean coversPinned = !pinnedHere && pinned.stream().anyMatch(at -> c.start <= at && at < c.end);
            if (!coversPinned) {
                byStrength.add(c);
            }
        }
        byStrength.sort(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.priority)
                .thenComparingInt(c -> c.start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byStrength) {
            if (kept.stream().noneMatch(k -> k.start < c.end && c.start < k.end)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    /** A mention before overlap resolution; {@code priority} is the rule's rank. */
    private record Candidate(int start, int end, EntityType type, String fineType, String decidedBy, int priority) {
    }

    /** One tagged paragraph and the candidates found in it so far. */
    private static final class Para {
        final int index;
        final String text;
        final List<TaggedSpan> spans;
        final List<Candidate> candidates = new ArrayList<>();
        /** Starts of one-character country mentions, which longer spans found later do not overrule. */
        final java.util.Set<Integer> pinned = new java.util.HashSet<>();
        private final boolean[] boundary;

        Para(int index, String text, List<TaggedSpan> spans) {
            this.index = index;
            this.text = text;
            this.spans = spans;
            this.boundary = boundaries(text, spans);
        }

        /** Word boundaries: the text's ends, every span edge, and both sides of any non-letter character. */
        private static boolean[] boundaries(String text, List<TaggedSpan> spans) {
            boolean[] b = new boolean[text.length() + 1];
            b[0] = true;
            b[text.length()] = true;
            for (TaggedSpan s : spans) {
                b[s.start()] = true;
                b[s.end()] = true;
            }
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                    continue; // never inside a surrogate pair
                }
                if (!Character.isLetterOrDigit(text.codePointBefore(i)) || !Character.isLetterOrDigit(text.codePointAt(i))) {
                    b[i] = true;
                }
            }
            return b;
        }

        boolean isBoundary(int position) {
            return boundary[position];
        }

        /**
         * A word boundary, or a position inside a tagger span of an entity type: the tagger reports an entity as
         * one span and not the words it is made of, so inside it a boundary is not known to be missing. A title
         * ({@code 外交部长}) is one word, so 外交部 inside it is not a name.
         */
        boolean isBoundaryOrInsideEntity(int position) {
            if (boundary[position]) {
                return true;
            }
            for (TaggedSpan s : spans) {
                if (s.start() < position && position < s.end() && EntityLabels.typeOf(s.label()).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** No candidate and no tagged span other than untagged words overlaps {@code [start, end)}. */
        boolean isFree(int start, int end) {
            if (overlapsCandidate(start, end)) {
                return false;
            }
            for (TaggedSpan s : spans) {
                if (s.start() < end && start < s.end() && !isUntyped(s)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when {@code [start, end)} is exactly one reported word, or when the tagger reported no word there
         * at all (a tagger of entities only): then there is nothing to contradict it.
         */
        boolean isOneWordOrUnknown(int start, int end) {
            boolean any = false;
            for (TaggedSpan s : spans) {
                if (s.start() < end && start < s.end()) {
                    if (s.start() == start && s.end() == end) {
                        return true;
                    }
                    any = true;
                }
            }
            return !any;
        }

        boolean overlapsCandidate(int start, int end) {
            for (Candidate c : candidates) {
                if (c.start < end && start < c.end) {
                    return true;
                }
            }
            return false;
        }

        Candidate candidateAt(int start, int end) {
            for (Candidate c : candidates) {
                if (c.start == start && c.end == end) {
                    return c;
                }
            }
            return null;
        }
    }
}
