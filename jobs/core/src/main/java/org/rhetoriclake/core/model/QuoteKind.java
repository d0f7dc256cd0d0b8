package org.rhetoriclake.core.model;

/** Direct: the words inside quotation marks. Indirect: a reported clause after a cue verb. */
public enum QuoteKind {
    DIRECT, INDIRECT
}
