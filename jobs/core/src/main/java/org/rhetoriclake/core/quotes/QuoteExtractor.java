package org.rhetoriclake.core.quotes;

import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds direct and indirect quotations in an article and attributes them to speakers, by rule: cue verbs,
 * quotation marks, colons and speaker titles as Chinese news writes them. See the package documentation for
 * the forms it knows.
 *
 * <p>Build one per JVM (or per Spark partition) from {@link Lexicons}; the lexicons are compiled once in the
 * constructor and never read again, and the instance holds no mutable state, so it is safe to share between
 * threads.
 */
public final class QuoteExtractor {

    private final Vocab vocab;

    public QuoteExtractor(Lexicons lexicons) {
        this.vocab = new Vocab(Objects.requireNonNull(lexicons, "lexicons"));
    }

    /** An extractor over the lexicons shipped in the jar. */
    public static QuoteExtractor withDefaults() {
        return new QuoteExtractor(Lexicons.defaults());
    }

    /**
     * The quotations of {@code article}, in reading order of their cues. {@code mentions} are the article's
     * entity mentions; PERSON and ORGANIZATION mentions delimit speaker names when present, and without them
     * (an empty list or null) the role-title lexicon and the article's own text stand in.
     *
     * <p>Never throws: a paragraph the rules cannot handle contributes nothing, and a null article gives an
     * empty list. Subheadings are never searched (a headline-style colon is not an attribution) and captions
     * are not paragraphs.
     */
    public List<Quote> extract(Article article, List<EntityMention> mentions) {
        List<Quote> out = new ArrayList<>();
        if (article == null || article.paragraphs() == null) {
            return List.of();
        }
        try {
            new ArticleRun(vocab, article, mentions == null ? List.of() : mentions).run(out);
        } catch (RuntimeException | StackOverflowError e) {
            // keep what was found before the failure: extraction must not take the partition down
        }
        return List.copyOf(out);
    }
}
