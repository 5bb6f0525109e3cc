// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds time expressions in a tagged sentence and normalises them against a reference date
 * (the publication date; may be null, then only absolute expressions are found).
 * Stateless and thread-safe.
 */
public interface TimeTagger {
    List<TimeExpression> tag(Sentence sentence, LocalDate reference);
}
