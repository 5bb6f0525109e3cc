// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * An actor as it takes part in one event: its code on the event's date.
 *
 * @param code     actor code on the event date
 * @param name     canonical name ("Vladimir Putin"), or null
 * @param entityId the knowledge entry it was resolved to
 * @param text     the words in the sentence
 */
public record EventActor(ActorCode code, String name, String entityId, String text) {
    public EventActor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(text, "text");
    }
}
