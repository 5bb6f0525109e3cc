// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

/** What a dictionary phrase names, in order of precedence when two entries match the same words. */
public enum PhraseKind {
    PERSON, ORGANISATION, METONYM, STATE, CAPITAL, ADJECTIVE, ROLE,
    /** Words that contain an actor name but name no actor ("South American", "French fries"). */
    NOT_ACTOR;

    /** Whether the phrase names a particular actor by itself (not just a country or a role). */
    public boolean isNamed() {
        return this == PERSON || this == ORGANISATION || this == METONYM;
    }
}
