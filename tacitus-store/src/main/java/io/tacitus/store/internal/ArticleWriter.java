// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.Event;
import io.tacitus.api.Fingerprint;
import io.tacitus.store.StoreResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores one coded article in one transaction: the article, the sentences that hold mentions, each mention
 * merged into a new or stored event, and the recomputed rows of the stored events it touched. A duplicate
 * (same id, or same text by SHA-256) is detected first and changes nothing. Not thread-safe.
 */
public final class ArticleWriter implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement byId;
    private final PreparedStatement byHash;
    private final EventMatcher matcher;
    private final EventRefresher refresher;
    private final RowAppender rows;
    private long lastEventId;
    private long lastMentionId;

    public ArticleWriter(Connection c) throws SQLException {
        this.connection = c;
        this.byId = c.prepareStatement("SELECT 1 FROM articles WHERE article_id = ?");
        this.byHash = c.prepareStatement("SELECT 1 FROM articles WHERE text_sha256 = ?");
        this.matcher = new EventMatcher(c);
        this.refresher = new EventRefresher(c);
        this.rows = new RowAppender(c);
        try (Statement s = c.createStatement()) {
            this.lastEventId = Sql.scalar(s, "SELECT coalesce(max(event_id), 0) FROM events");
            this.lastMentionId = Sql.scalar(s, "SELECT coalesce(max(mention_id), 0) FROM mentions");
        }
    }

    /** Stores the article and commits, or rolls back and rethrows. */
    public StoreResult store(CodedArticle coded) throws SQLException {
        long events = lastEventId;
        long mentions = lastMentionId;
        connection.setAutoCommit(false);
        try {
            StoreResult result = write(coded);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            lastEventId = events;
            lastMentionId = mentions;
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The duplicate check runs first: it also opens the transaction that the appenders then join. */
    private StoreResult write(CodedArticle coded) throws SQLException {
        Article a = coded.article();
        String hash = sha256(a.text());
        StoreResult.Outcome duplicate = duplicate(a.id(), hash);
        if (duplicate != null) {
            return StoreResult.duplicate(a.id(), duplicate);
        }
        EventAssigner assigner = new EventAssigner(matcher, () -> ++lastEventId);
        List<Assignment> assignments = new ArrayList<>();
        for (Event e : coded.events()) {
            assignments.add(assigner.assign(e));
        }
        LocalDateTime now = LocalDateTime.now();
        String outletKey = a.source() == null ? a.id() : a.source();
        rows.article(a, hash, coded.sentenceCount(), assignments.size(), now);
        rows.sentences(a.id(), sentences(coded));
        rows.mentions(assignments, lastMentionId + 1, a.id(), outletKey);
        lastMentionId += assignments.size();
        Map<Long, List<Assignment>> byEvent = new LinkedHashMap<>();
        assignments.forEach(x -> byEvent.computeIfAbsent(x.event().id(), k -> new ArrayList<>()).add(x));
        int created = writeEvents(byEvent.values(), a.id(), outletKey, now);
        return new StoreResult(a.id(), StoreResult.Outcome.STORED, assignments.size(), created, byEvent.size() - created);
    }

    /** Appends the new events and refreshes the stored ones; returns how many were new. */
    private int writeEvents(Collection<List<Assignment>> groups, String articleId, String outletKey, LocalDateTime now)
            throws SQLException {
        int created = 0;
        for (List<Assignment> group : groups) {
            Assignment first = group.get(0);
            if (first.created()) {
                created++;
                EventSummary s = EventSummary.of(group.stream()
                        .map(x -> MentionVote.of(x.mention(), articleId, outletKey)).toList());
                rows.event(first.event().id(), first.key(), first.mention(), s, EventDetails.of(group, s.cameo()), now);
            } else {
                refresher.refresh(first.event().id(), group);
            }
        }
        return created;
    }

    private StoreResult.Outcome duplicate(String id, String hash) throws SQLException {
        if (exists(byId, id)) {
            return StoreResult.Outcome.DUPLICATE_ID;
        }
        return exists(byHash, hash) ? StoreResult.Outcome.DUPLICATE_TEXT : null;
    }

    private static boolean exists(PreparedStatement p, String value) throws SQLException {
        try (ResultSet r = Sql.bind(p, value).executeQuery()) {
            return r.next();
        }
    }

    private static Map<Integer, String> sentences(CodedArticle coded) {
        Map<Integer, String> sentences = new TreeMap<>();
        for (Event e : coded.events()) {
            sentences.putIfAbsent(e.provenance().sentence(), e.provenance().sentenceText());
        }
        return sentences;
    }

    /** Hex SHA-256 of the text in UTF-8. */
    public static String sha256(String text) {
        return Fingerprint.of(text);
    }

    @Override
    public void close() throws SQLException {
        byId.close();
        byHash.close();
        matcher.close();
        refresher.close();
    }
}
