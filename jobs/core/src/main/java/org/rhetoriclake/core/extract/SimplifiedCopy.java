package org.rhetoriclake.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.rhetoriclake.core.decode.Simplifier;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.Paragraph;

/**
 * The Simplified copy of a Traditional-script article, on which NER, quote attribution and aggregation run
 * (the models and lexicons are Simplified), and the way back to the original script for what they find.
 *
 * <p>The conversion is character for character ({@link Simplifier}): every paragraph of the copy has the length
 * of the original, so a character offset found in the copy is the same offset in the original. That is the
 * whole offset map, and it is why text found in the copy is taken back from the original by position rather
 * than converted back (Simplified → Traditional is one-to-many: 发 is 發 or 髮).
 */
public final class SimplifiedCopy {
    private SimplifiedCopy() {
    }

    /** The article itself when it is not Traditional, else a copy with title and paragraphs converted. */
    public static Article of(Article article) {
        if (!article.isTraditional()) {
            return article;
        }
        List<Paragraph> converted = new ArrayList<>(article.paragraphs().size());
        for (Paragraph p : article.paragraphs()) {
            converted.add(new Paragraph(p.index(), p.kind(), Simplifier.toSimplified(p.text())));
        }
        return article.withText(Simplifier.toSimplified(article.title()), converted);
    }

    /** The mention with its text as the original article writes it. */
    public static EntityMention inOriginalScript(EntityMention m, Article original) {
        return original.isTraditional() ? inOriginalScript(m, original, of(original)) : m;
    }

    /** As {@link #inOriginalScript(EntityMention, Article)}, with the copy the caller already made of it. */
    public static EntityMention inOriginalScript(EntityMention m, Article original, Article copy) {
        if (!original.isTraditional()) {
            return m;
        }
        return m.withText(originalText(original, copy, m.paragraph(), m.start(), m.text()));
    }

    /**
     * The original-script form of {@code found}, a piece of text an analysis found in the Simplified copy at
     * {@code start} of paragraph {@code paragraph}: taken from the same position in the original. A piece that
     * runs over paragraph ends is looked up in the body (paragraphs joined by newlines, as the copy's). A piece
     * the analysis assembled from parts (not a substring of the copy) is returned as it is, in Simplified.
     */
    public static String originalText(Article original, Article copy, int paragraph, int start, String found) {
        if (!original.isTraditional() || found.isEmpty()) {
            return found;
        }
        if (paragraph >= 0 && paragraph < copy.paragraphs().size()) {
            String p = copy.paragraphs().get(paragraph).text();
            if (start >= 0 && start + found.length() <= p.length() && p.startsWith(found, start)) {
                return original.paragraphs().get(paragraph).text().substring(start, start + found.length());
            }
        }
        String body = copy.body();
        int at = body.indexOf(found);
        return at < 0 ? found : original.body().substring(at, at + found.length());
    }
}
