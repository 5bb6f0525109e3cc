// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Event;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Assigns the mentions of one article, in order, to events: a stored event, one created earlier for the
 * same article, or a new one. Looks each key up once. Lives for one article.
 */
final class EventAssigner {
    private final EventMatcher matcher;
    private final LongSupplier newIds;
    private final Map<List<String>, List<Candidate>> stored = new HashMap<>();
    private final Map<String, List<Candidate>> created = new HashMap<>();
    private final Set<Long> touched = new LinkedHashSet<>();

    EventAssigner(EventMatcher matcher, LongSupplier newIds) {
        this.matcher = matcher;
        this.newIds = newIds;
    }

    Assignment assign(Event e) throws SQLException {
        DedupKey key = DedupKey.of(e);
        List<Candidate> found = stored.get(key.searches());
        if (found == null) {
            found = matcher.candidates(key.searches());
            stored.put(key.searches(), found);
        }
        List<Candidate> all = new ArrayList<>(found);
        key.searches().forEach(k -> all.addAll(created.getOrDefault(k, List.of())));
        Optional<Candidate> best = EventMatcher.choose(key, e, all, touched);
        if (best.isPresent()) {
            touched.add(best.get().id());
            boolean isNew = created.values().stream().anyMatch(list -> list.contains(best.get()));
            return new Assignment(best.get(), key, e, isNew);
        }
        Candidate c = new Candidate(newIds.getAsLong(), e.date(), e.dateSource());
        created.computeIfAbsent(key.value(), k -> new ArrayList<>()).add(c);
        touched.add(c.id());
        return new Assignment(c, key, e, true);
    }
}
