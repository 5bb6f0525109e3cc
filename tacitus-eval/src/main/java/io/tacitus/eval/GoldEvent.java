// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold event, or one forbidden event (then date, optional and symmetric are unused).
 *
 * @param source    source country (ISO alpha-3)
 * @param target    target country
 * @param roots     acceptable CAMEO roots
 * @param date      the event's date at the precision the text gives, or null
 * @param optional  producing it is neither rewarded nor punished
 * @param symmetric either direction counts
 */
public record GoldEvent(String source, String target, List<String> roots, String date, boolean optional,
                        boolean symmetric) {
    public GoldEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        roots = List.copyOf(roots);
    }

    /** Whether an output triple matches this entry (either order when symmetric). */
    public boolean matches(Triple t) {
        boolean direct = t.source().equals(source) && t.target().equals(target);
        boolean reverse = symmetric && t.source().equals(target) && t.target().equals(source);
        return (direct || reverse) && roots.contains(t.root());
    }

    @Override
    public String toString() {
        return source + (symmetric ? "<->" : "->") + target + " " + String.join("/", roots)
                + (date == null ? "" : " " + date) + (optional ? " (optional)" : "");
    }
}
