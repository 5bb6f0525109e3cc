// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.List;
import java.util.Objects;

/**
 * One event with every mention merged into it, in the order they were stored.
 *
 * @param event    the event
 * @param mentions its mentions
 */
public record EventDetail(EventView event, List<MentionView> mentions) {
    public EventDetail {
        Objects.requireNonNull(event, "event");
        mentions = List.copyOf(mentions);
    }
}
