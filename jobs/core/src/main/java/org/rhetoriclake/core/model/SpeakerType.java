package org.rhetoriclake.core.model;

/** What kind of source a speaker is. */
public enum SpeakerType {
    PERSON, ORGANISATION, ANONYMOUS, MEDIA
}
