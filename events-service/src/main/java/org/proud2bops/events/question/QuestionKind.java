package org.proud2bops.events.question;

/** How a registration question is answered: in the person's own words, or by picking one of its options. */
public enum QuestionKind {
    FREE_TEXT,
    CHOICE
}
