package org.rhetoriclake.core.model;

/** Coarse entity types used in the tables; CoreNLP's finer labels are kept in {@code fine_type}. */
public enum EntityType {
    PERSON, ORGANIZATION, GPE, LOCATION, MISC
}
