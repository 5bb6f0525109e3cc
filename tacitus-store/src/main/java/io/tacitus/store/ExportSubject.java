// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.Locale;

/** What to export: the deduplicated events, or every mention with its provenance. */
public enum ExportSubject {
    EVENTS, MENTIONS;

    public static ExportSubject parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("export what: events or mentions, not " + text, e);
        }
    }
}
