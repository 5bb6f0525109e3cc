// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.EventType;
import io.tacitus.api.Location;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a stored event up to date once an article's mentions of it are in: counts, code and date voted by
 * all its mentions; type, names and place filled from the article where it brings them. Not thread-safe.
 */
final class EventRefresher implements AutoCloseable {
    private final PreparedStatement votes;
    private final PreparedStatement update;

    EventRefresher(Connection c) throws SQLException {
        this.votes = c.prepareStatement("SELECT cameo, event_date, date_source, article_id, outlet_key "
                + "FROM mentions WHERE event_id = ?");
        this.update = c.prepareStatement("UPDATE events SET mentions = ?, articles = ?, outlets = ?, cameo = ?, "
                + "cameo_name = CASE WHEN ? THEN ? ELSE cameo_name END, "
                + "goldstein = CASE WHEN ? THEN ? ELSE goldstein END, "
                + "quad_class = CASE WHEN ? THEN ? ELSE quad_class END, "
                + "plover = CASE WHEN ? THEN ? ELSE plover END, "
                + "event_date = ?, date_precision = ?, date_start = CAST(? AS DATE), date_end = CAST(? AS DATE), "
                + "date_source = ?, source_name = coalesce(source_name, ?), target_name = coalesce(target_name, ?), "
                + "place_country = CASE WHEN place_name IS NULL THEN ? ELSE place_country END, "
                + "lat = CASE WHEN place_name IS NULL THEN ? ELSE lat END, "
                + "lon = CASE WHEN place_name IS NULL THEN ? ELSE lon END, "
                + "place_name = coalesce(place_name, ?), last_seen = current_timestamp WHERE event_id = ?");
    }

    /** Recomputes a stored event that some mentions of {@code group} were just merged into. */
    void refresh(long eventId, List<Assignment> group) throws SQLException {
        EventSummary s = EventSummary.of(read(eventId));
        EventDetails d = EventDetails.of(group, s.cameo());
        EventType t = d.type();
        boolean typed = t != null;
        Location l = d.place();
        Sql.bind(update, s.mentions(), s.articles(), s.outlets(), s.cameo(),
                typed, typed ? t.name() : null, typed, typed ? t.goldstein() : null,
                typed, typed ? t.quadClass() : null, typed, typed ? t.plover() : null,
                s.date() == null ? null : s.date().toString(), Sql.precision(s.date()),
                s.date() == null ? null : Sql.day(s.date().start()), s.date() == null ? null : Sql.day(s.date().end()),
                s.dateSource() == null ? null : s.dateSource().label(), d.sourceName(), d.targetName(),
                l == null ? null : l.country(), l == null ? null : l.lat(), l == null ? null : l.lon(),
                l == null ? null : l.name(), eventId);
        update.executeUpdate();
    }

    private List<MentionVote> read(long eventId) throws SQLException {
        List<MentionVote> list = new ArrayList<>();
        try (ResultSet r = Sql.bind(votes, eventId).executeQuery()) {
            while (r.next()) {
                list.add(new MentionVote(r.getString("cameo"), Sql.date(r, "event_date"),
                        Sql.dateSource(r, "date_source"), r.getString("article_id"), r.getString("outlet_key")));
            }
        }
        return list;
    }

    @Override
    public void close() throws SQLException {
        votes.close();
        update.close();
    }
}
