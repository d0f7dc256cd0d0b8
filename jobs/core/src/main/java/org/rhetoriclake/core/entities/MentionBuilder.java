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
 * None of these rules knows a particular name; the surname table in {@link ChineseNames} is the general one.
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

    /** Rule ranks: between equally long overlapping spans the lower rank wins (the order of the list above). */
    private static final int RANK_TAGGER = 0;
    private static final int RANK_ROLE_TITLE = 1;
    private static final int RANK_SPEAKER_COLON = 2;
    private static final int RANK_BYLINE = 3;
    private static final int RANK_SAME_NAME = 4;
    private static final int RANK_ABBREVIATION = 5;

    /** The paragraph kinds that are tagged: running text, not captions (kept apart) or credits. */
    private static final Set<ParagraphKind> TAGGED_KINDS = EnumSet.of(ParagraphKind.BODY, ParagraphKind.SUBHEADING);

    /** Name, colon, optional space, opening quotation mark, at the start of a paragraph. */
    private static final Pattern SPEAKER_COLON = Pattern.compile("^(\\S{2,20}?)\\s*[：:]\\s*[“「『\"‘]");

    private final EntityTagger tagger;
    private final String taggerName;

    /** Mentions from {@code tagger}, recorded as decided by {@value #BY_TAGGER}. */
    public MentionBuilder(EntityTagger tagger) {
        this(tagger, BY_TAGGER);
    }

    /** Mentions from {@code tagger}, recorded as decided by {@code taggerName}. */
    public MentionBuilder(EntityTagger tagger, String taggerName) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.taggerName = Objects.requireNonNull(taggerName, "taggerName");
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
        for (Para p : paras) {
            fromTagger(p);
            abbreviations(p);
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
        return out;
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
                // 美方 / 日媒: the tagger's own span over the whole word, when it has one, is the mention.
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
            boolean pinnedHere = c.decidedBy.equals(BY_ABBREVIATION) && pinned.contains(c.start);
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
