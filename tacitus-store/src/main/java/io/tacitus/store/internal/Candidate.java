// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;

/**
 * An event a mention may be merged into.
 *
 * @param id     the event id
 * @param date   its date, or null
 * @param source where its date came from, or null
 */
record Candidate(long id, EventDate date, DateSource source) {
}
