// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.internal;

import io.tacitus.server.json.ArticleView;
import io.tacitus.server.json.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only queries over the store's articles table (docs/STORE.md, "Schema"), which the store's API does not
 * read back. Not thread-safe: called under the store's lock.
 */
public final class ArticleCatalog {
    private static final String COLUMNS = "article_id, title, published, outlet, url, sentence_count, "
            + "mention_count, stored_at";

    private final Connection connection;

    public ArticleCatalog(Connection connection) {
        this.connection = connection;
    }

    /** Articles by publication date (undated last), then id. */
    public Page<ArticleView> page(int limit, int offset) throws SQLException {
        long total;
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM articles");
             ResultSet r = p.executeQuery()) {
            r.next();
            total = r.getLong(1);
        }
        String sql = "SELECT " + COLUMNS + " FROM articles ORDER BY published NULLS LAST, article_id LIMIT ? OFFSET ?";
        List<ArticleView> list = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(view(r));
                }
            }
        }
        return new Page<>(total, limit, offset, list);
    }

    /** The article and its text, if stored. */
    public Optional<ArticleText> one(String articleId) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", text FROM articles WHERE article_id = ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new ArticleText(view(r), r.getString("text"))) : Optional.empty();
            }
        }
    }

    /** Titles of the stored articles among these ids (articles without a title are left out). */
    public Map<String, String> titles(Collection<String> articleIds) throws SQLException {
        Map<String, String> titles = new HashMap<>();
        if (articleIds.isEmpty()) {
            return titles;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(articleIds.size(), "?"));
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT article_id, title FROM articles WHERE title IS NOT NULL AND article_id IN (" + marks + ")")) {
            int i = 1;
            for (String id : articleIds) {
                p.setString(i++, id);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    titles.put(r.getString(1), r.getString(2));
                }
            }
        }
        return titles;
    }

    /**
     * A stored article and its text.
     *
     * @param article the article
     * @param text    its text
     */
    public record ArticleText(ArticleView article, String text) {
    }

    private static ArticleView view(ResultSet r) throws SQLException {
        return new ArticleView(r.getString("article_id"), r.getString("title"), r.getString("published"),
                r.getString("outlet"), r.getString("url"), r.getInt("sentence_count"), r.getInt("mention_count"),
                r.getString("stored_at"));
    }
}
