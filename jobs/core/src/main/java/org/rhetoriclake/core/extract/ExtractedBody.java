package org.rhetoriclake.core.extract;

import java.util.List;
import java.util.Objects;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.Paragraph;

/**
 * What {@link ArticleExtractor} found in a piece of HTML.
 *
 * @param paragraphs body paragraphs and subheadings in reading order, indexed from 0
 * @param captions   image captions in reading order, kept apart from the body
 * @param byline     the credits from the byline paragraph(s), {@link Byline#EMPTY} when there were none
 */
public record ExtractedBody(List<Paragraph> paragraphs, List<String> captions, Byline byline) {
    public ExtractedBody {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        Objects.requireNonNull(byline, "byline");
    }
}
