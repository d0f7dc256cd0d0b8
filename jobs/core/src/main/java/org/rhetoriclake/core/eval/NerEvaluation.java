package org.rhetoriclake.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.SourceRef;

/**
 * Scores the job's entity mentions against a BIO test set: each sentence goes through the same
 * {@link MentionBuilder} the job runs (CoreNLP plus the mention rules), as a one-paragraph article, and the
 * mentions are mapped to the test set's three types:
 * <ul>
 *   <li>PER ← PERSON;</li>
 *   <li>LOC ← GPE and LOCATION (CoreNLP's COUNTRY, CITY, STATE_OR_PROVINCE, GPE and LOCATION labels);</li>
 *   <li>ORG ← ORGANIZATION;</li>
 *   <li>MISC and anything else is not scored (the test set has no such type).</li>
 * </ul>
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /** The test-set type of a mention, or empty when the test set has none for it. */
    public static Optional<String> bioType(EntityMention m) {
        return switch (m.type()) {
            case PERSON -> Optional.of("PER");
            case GPE, LOCATION -> Optional.of("LOC");
            case ORGANIZATION -> Optional.of("ORG");
            default -> Optional.empty();
        };
    }

    /** A predictor that runs {@code builder} on one sentence. */
    public static Function<String, List<BioCorpus.Span>> predictor(MentionBuilder builder) {
        return sentence -> {
            Article a = new Article("ner-eval", SourceRef.ofFile("ner-eval"), null, "", null, null, Byline.EMPTY,
                    "zh-Hans", List.of(new Paragraph(0, ParagraphKind.BODY, sentence)), List.of(), "", null, "UTF-8");
            List<BioCorpus.Span> out = new ArrayList<>();
            for (EntityMention m : builder.build(a)) {
                if (m.paragraph() == 0) {
                    bioType(m).ifPresent(t -> out.add(new BioCorpus.Span(m.start(), m.end(), t)));
                }
            }
            return out;
        };
    }

    /** Scores every sentence of {@code corpus}. */
    public static SpanScores evaluate(BioCorpus corpus, Function<String, List<BioCorpus.Span>> predictor) {
        return evaluate(corpus, predictor, null);
    }

    /**
     * Scores every sentence of {@code corpus}, and gives {@code errors} one line per wrong or missing span
     * (tab-separated: {@code missed|wrong}, type, the span's text, the other side's overlapping spans as
     * {@code text/TYPE}, the sentence), for reading what limits the score.
     */
    public static SpanScores evaluate(BioCorpus corpus, Function<String, List<BioCorpus.Span>> predictor,
                                      java.util.function.Consumer<String> errors) {
        SpanScores scores = new SpanScores();
        for (BioCorpus.Sentence s : corpus.sentences()) {
            List<BioCorpus.Span> predicted = predictor.apply(s.text());
            scores.add(s.spans(), predicted);
            if (errors != null) {
                report(s, s.spans(), predicted, "missed", errors);
                report(s, predicted, s.spans(), "wrong", errors);
            }
        }
        return scores;
    }

    private static void report(BioCorpus.Sentence s, List<BioCorpus.Span> these, List<BioCorpus.Span> others,
                               String label, java.util.function.Consumer<String> errors) {
        for (BioCorpus.Span span : these) {
            if (others.contains(span)) {
                continue;
            }
            StringBuilder near = new StringBuilder();
            for (BioCorpus.Span o : others) {
                if (o.start() < span.end() && span.start() < o.end()) {
                    near.append(near.length() == 0 ? "" : " ").append(s.text(), o.start(), o.end()).append('/').append(o.type());
                }
            }
            errors.accept(label + "\t" + span.type() + "\t" + s.text().substring(span.start(), span.end()) + "\t"
                    + near + "\t" + s.text());
        }
    }
}
