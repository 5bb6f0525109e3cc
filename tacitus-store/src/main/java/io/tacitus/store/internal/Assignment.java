// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Event;

/**
 * Where one mention goes.
 *
 * @param event   the event it is merged into
 * @param key     the mention's deduplication key
 * @param mention the coded event record
 * @param created whether the event was created for this article
 */
record Assignment(Candidate event, DedupKey key, Event mention, boolean created) {
}
