// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

/** Where an event's date came from. */
public enum DateSource {
    /** A time expression in the text attached to the event. */
    TEXT,
    /** The article's publication date. */
    DOCUMENT;

    public String label() {
        return name().toLowerCase();
    }
}
