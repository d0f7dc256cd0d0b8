package org.rhetoriclake.core.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.rhetoriclake.core.entities.gazetteer.Gazetteer;
import org.rhetoriclake.core.entities.gazetteer.GazetteerEntry;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.SpeakerType;
import org.rhetoriclake.core.quotes.RolePhrases;

/**
 * Decides the actor of every mention of one article, in reading order, so that trend queries count an actor
 * and not a spelling: 拜登, 乔·拜登 and Joe Biden are one id; 美 in 美中 is the US; 拜 in 拜习会 is Biden.
 *
 * <p>How a mention is linked ({@code linked_by}):
 * <ol>
 *   <li><b>{@code gazetteer}</b>: its text is an alias of exactly one actor of a compatible type (people with
 *       people, organisations with organisations, places with places; a MISC mention takes any), or it is a
 *       one-character country ({@code 美} of 美中 → the row whose affiliation is US) or a side ({@code 美方}, {@code 日媒}), or a leader's
 *       initial in a summit portmanteau. When an alias names several actors and nothing in the article tells
 *       them apart, the file's default reading is taken, also {@code gazetteer}.</li>
 *   <li><b>{@code context}</b>: an alias of several actors ({@code 伯恩斯}: the ambassador or the CIA director) read
 *       by the role written before it ({@code 美国驻中国大使伯恩斯} shares 驻华大使 with the ambassador's role) or,
 *       for organisations, by the place written right before it ({@code 台湾|外交部}); then by which of them
 *       held a role in the article's year.</li>
 *   <li><b>{@code coreference}</b>: one name, one referent per article. A later mention with no context of its
 *       own takes the actor decided for the same name earlier ({@code 伯恩斯} after {@code 美国驻中国大使伯恩斯}),
 *       and the last part of a transliterated name ({@code 伯恩斯} after {@code 尼古拉斯·伯恩斯}) takes the full
 *       name's actor.</li>
 *   <li><b>{@code name}</b>: a name (not MISC: the tagger's MISC spans are events, laws and fragments as often as
 *       actors, so a MISC mention stays unlinked unless the gazetteer knows it) the gazetteer does not know gets the id {@code name:<type>:<name>}, so the same
 *       person still counts as one actor across articles (two people who share a name are not told apart:
 *       add them to the gazetteer when that matters). A person's affiliation then comes from the role before
 *       the name when it names a side ({@code 纽约城市大学教授} → US).</li>
 * </ol>
 * A person's role is the phrase written right before the name when it ends with a title of the role lexicon
 * ({@code 国务卿}, {@code 大使}, {@code 教授}); the mention's own span never includes it.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityLinker {
    public static final String BY_GAZETTEER = "gazetteer";
    public static final String BY_CONTEXT = "context";
    public static final String BY_COREFERENCE = "coreference";
    public static final String BY_NAME = "name";
    /** Prefix of the ids given to names the gazetteer does not know. */
    public static final String NAME_ID_PREFIX = "name:";

    private final Gazetteer gazetteer;
    private final RolePhrases roles;

    /**
     * @param gazetteer the actors
     * @param roles     the role lexicon, or null to record no roles
     */
    public EntityLinker(Gazetteer gazetteer, RolePhrases roles) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.roles = roles;
    }

    /** The id a name unknown to the gazetteer gets: type and name, so it is stable across articles and runs. */
    public static String nameId(EntityType type, String name) {
        return NAME_ID_PREFIX + type.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    /**
     * The actor a quote's speaker is, from the article's linked mentions: a person or organisation mention whose
     * text is the speaker's name ({@code 伯恩斯}) or its fullest mention ({@code 外交部}), else the one the fullest
     * mention ends with ({@code 美国驻中国大使伯恩斯} → 伯恩斯). Mentions the gazetteer decided come before names it
     * does not know, earlier ones before later ones. Null for anonymous sources and speakers never tagged.
     */
    public static EntityMention speakerOf(Quote quote, List<EntityMention> linked) {
        if (quote.speakerType() == SpeakerType.ANONYMOUS) {
            return null;
        }
        EntityMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (EntityMention m : linked) {
            if (!m.isLinked() || (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION
                    && m.type() != EntityType.GPE)) {
                continue;
            }
            int rank;
            if (m.text().equals(quote.speaker()) || m.text().equals(quote.speakerMention())) {
                rank = 0;
            } else if (quote.speakerMention() != null && m.text().length() >= 2 && quote.speakerMention().endsWith(m.text())) {
                rank = 2;
            } else {
                continue;
            }
            if (BY_NAME.equals(m.linkedBy())) {
                rank++;
            }
            if (rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best;
    }

    /** {@code mentions} of {@code article} (in reading order, as {@link MentionBuilder} gives them), each linked. */
    public List<EntityMention> link(Article article, List<EntityMention> mentions) {
        Map<Integer, String> texts = new HashMap<>();
        for (Paragraph p : article.paragraphs()) {
            texts.put(p.index(), p.text());
        }
        Integer year = MentionBuilder.yearOf(article);
        ArticleMemory memory = new ArticleMemory();
        List<EntityMention> out = new ArrayList<>(mentions.size());
        EntityMention previous = null;
        for (EntityMention m : mentions) {
            String text = texts.getOrDefault(m.paragraph(), "");
            String role = m.type() == EntityType.PERSON && roles != null && m.end() <= text.length()
                    ? roles.roleBefore(text, m.start()) : null;
            EntityMention before = previous != null && previous.paragraph() == m.paragraph() && previous.end() == m.start()
                    ? previous : null;
            out.add(linkOne(m, role, before, year, memory));
            previous = out.get(out.size() - 1);
        }
        return out;
    }

    private EntityMention linkOne(EntityMention m, String role, EntityMention placeBefore, Integer year, ArticleMemory memory) {
        GazetteerEntry country = countryAbbreviation(m);
        if (country != null) {
            return withEntry(m, country, role, BY_GAZETTEER);
        }
        if (MentionBuilder.BY_PORTMANTEAU.equals(m.decidedBy()) && m.text().length() == 1) {
            List<GazetteerEntry> leaders = gazetteer.leaders(m.text().charAt(0), year);
            if (leaders.size() == 1) {
                return withEntry(m, leaders.get(0), role, BY_GAZETTEER);
            }
        }
        List<GazetteerEntry> candidates = compatible(gazetteer.lookup(m.text()), m.type());
        if (candidates.size() == 1) {
            return memory.remember(m, withEntry(m, candidates.get(0), role, BY_GAZETTEER));
        }
        if (candidates.size() > 1) {
            GazetteerEntry byContext = byContext(candidates, role, placeBefore, year);
            if (byContext != null) {
                return memory.remember(m, withEntry(m, byContext, role, BY_CONTEXT));
            }
            EntityMention earlier = memory.earlier(m);
            if (earlier != null) {
                return m.linked(earlier.entityId(), earlier.canonicalName(), earlier.affiliation(), role, BY_COREFERENCE);
            }
            return memory.remember(m, withEntry(m, candidates.get(0), role, BY_GAZETTEER));
        }
        if (m.type() == EntityType.MISC) {
            return m; // the tagger's MISC spans are too mixed (events, laws, slogans, date fragments) to count as actors
        }
        EntityMention earlier = memory.earlier(m);
        if (earlier != null) {
            return m.linked(earlier.entityId(), earlier.canonicalName(), earlier.affiliation(), role, BY_COREFERENCE);
        }
        String affiliation = affiliationOfRole(role);
        return memory.remember(m, m.linked(nameId(m.type(), m.text()), m.text(), affiliation, role, BY_NAME));
    }

    /**
     * The country a place mention abbreviates: a one-character country ({@code 美} of 美中, whether the
     * abbreviation rule or the tagger found it) or a side or its media ({@code 美方}, {@code 中方}, {@code 日媒}).
     */
    private GazetteerEntry countryAbbreviation(EntityMention m) {
        String t = m.text();
        boolean one = t.length() == 1 && (m.type() == EntityType.GPE || MentionBuilder.BY_ABBREVIATION.equals(m.decidedBy()));
        boolean side = t.length() == 2 && (t.charAt(1) == '方' || t.charAt(1) == '媒') && m.type() != EntityType.PERSON;
        if (!one && !side) {
            return null;
        }
        String code = CountryAbbreviations.CODES.get(t.charAt(0));
        return code == null ? null : gazetteer.country(code).orElse(null);
    }

    /** The side a role names: its first gazetteer actor with one ({@code 纽约城市大学教授} → US), else the lexicon's. */
    private String affiliationOfRole(String role) {
        if (role == null) {
            return null;
        }
        for (var match : gazetteer.find(role)) {
            if (match.entry().affiliation() != null) {
                return match.entry().affiliation();
            }
        }
        return roles == null ? null : roles.affiliation(role);
    }

    private static EntityMention withEntry(EntityMention m, GazetteerEntry e, String role, String by) {
        return m.linked(e.id(), e.canonical(), e.affiliation(), role, by);
    }

    /** The candidates whose type fits the mention's: people with people, organisations, places; MISC with any. */
    private static List<GazetteerEntry> compatible(List<GazetteerEntry> entries, EntityType type) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (GazetteerEntry e : entries) {
            if (type == EntityType.MISC || group(e.type()) == group(type)) {
                out.add(e);
            }
        }
        return out;
    }

    private static int group(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case GPE, LOCATION -> 2;
            case MISC -> 3;
        };
    }

    /**
     * The one candidate the context favours, or null when it favours none: the role before a person, scored by
     * the longest run of characters it shares with one of the candidate's offices (驻华大使 in 美国驻华大使); the
     * place right before an organisation, by affiliation; then, when still tied, the one in office that year.
     */
    private static GazetteerEntry byContext(List<GazetteerEntry> candidates, String role, EntityMention placeBefore, Integer year) {
        int bestScore = 0;
        GazetteerEntry best = null;
        boolean tie = false;
        for (GazetteerEntry e : candidates) {
            int score = 0;
            if (role != null) {
                String r = normaliseRole(role);
                for (GazetteerEntry.Role office : e.roles()) {
                    int shared = longestSharedRun(r, normaliseRole(office.title()));
                    if (shared >= 2) {
                        score = Math.max(score, shared * 4);
                    }
                }
            }
            if (placeBefore != null && placeBefore.affiliation() != null && placeBefore.affiliation().equals(e.affiliation())) {
                score += 8;
            }
            if (score > 0 && year != null && e.roles().stream().anyMatch(o -> o.heldIn(year))) {
                score += 1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Spellings of one office that news varies: 驻中国/驻北京 → 驻华, 美国驻 → 驻. */
    private static String normaliseRole(String role) {
        return role.replace("驻中国", "驻华").replace("驻北京", "驻华").replace("驻美国", "驻美").replace("驻日本", "驻日")
                .replace("中情局", "中央情报局").replace("美国", "").replace("中国", "").replace("前任", "").replace("现任", "");
    }

    private static int longestSharedRun(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }


    /** What the article has said so far: the actor decided for each name, per type group. */
    private static final class ArticleMemory {
        private final Map<String, EntityMention> byName = new HashMap<>();
        private final List<EntityMention> people = new ArrayList<>();

        EntityMention remember(EntityMention raw, EntityMention linked) {
            byName.putIfAbsent(key(raw.type(), raw.text()), linked);
            if (raw.type() == EntityType.PERSON) {
                people.add(linked);
            }
            return linked;
        }

        /** The earlier mention of the same name, or of a transliterated full name this one ends ({@code ·伯恩斯}). */
        EntityMention earlier(EntityMention m) {
            EntityMention same = byName.get(key(m.type(), m.text()));
            if (same != null) {
                return same;
            }
            if (m.type() == EntityType.PERSON && m.text().length() >= 2) {
                for (int i = people.size() - 1; i >= 0; i--) {
                    String full = people.get(i).text();
                    if (full.length() > m.text().length() && full.endsWith(m.text())
                            && isNameSeparator(full.charAt(full.length() - m.text().length() - 1))) {
                        return people.get(i);
                    }
                }
            }
            return null;
        }

        private static String key(EntityType type, String text) {
            return group(type) + "\u0000" + text;
        }

        private static boolean isNameSeparator(char c) {
            return c == '·' || c == '•' || c == '‧' || c == '・' || c == '-' || c == ' ';
        }
    }
}
