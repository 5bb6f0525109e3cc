// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import io.tacitus.store.StoredEvent;
import java.util.Objects;

/**
 * A deduplicated event, as listed (field names as {@code tacitus events --format jsonl}, plus the place's
 * coordinates).
 *
 * @param eventId      store id
 * @param date         "2014", "2018-11" or "2019-06-28", or null
 * @param source       source actor code (of a symmetric event: the first in code order)
 * @param sourceName   canonical name of the source, or null
 * @param target       target actor code, or null
 * @param targetName   canonical name of the target, or null
 * @param symmetric    whether the event has no direction
 * @param cameo        CAMEO code
 * @param cameoName    its name
 * @param root         CAMEO root
 * @param goldstein    Goldstein score
 * @param quadClass    quad class 1-4
 * @param place        place name, or null
 * @param placeCountry ISO alpha-3 of the place, or null
 * @param lat          latitude of the place, or null (also null where the store's query does not read it)
 * @param lon          longitude of the place, or null
 * @param mentions     mentions merged into the event
 * @param articles     distinct articles
 * @param outlets      distinct outlets
 */
public record EventView(long eventId, String date, String source, String sourceName, String target,
                        String targetName, boolean symmetric, String cameo, String cameoName, String root,
                        double goldstein, int quadClass, String place, String placeCountry, Double lat, Double lon,
                        int mentions, int articles, int outlets) {
    public EventView {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
    }

    /** The view of an event read through the store's API, which does not give coordinates. */
    public static EventView of(StoredEvent e) {
        return new EventView(e.id(), e.date() == null ? null : e.date().toString(), e.sourceCode(), e.sourceName(),
                e.targetCode(), e.targetName(), e.symmetric(), e.cameo(), e.cameoName(), e.root(), e.goldstein(),
                e.quadClass(), e.placeName(), e.placeCountry(), null, null, e.mentions(), e.articles(), e.outlets());
    }
}
