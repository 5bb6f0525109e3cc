// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.Event;
import io.tacitus.api.EventDate;
import java.util.Objects;

/**
 * What one mention contributes to its event's counts, code and date.
 *
 * @param cameo      the mention's CAMEO code
 * @param date       its date, or null
 * @param dateSource where the date came from, or null
 * @param articleId  its article
 * @param outletKey  the article's outlet, or the article id when the outlet is unknown
 */
public record MentionVote(String cameo, EventDate date, DateSource dateSource, String articleId, String outletKey) {
    public MentionVote {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outletKey, "outletKey");
    }

    public static MentionVote of(Event e, String articleId, String outletKey) {
        return new MentionVote(e.type().code().value(), e.date(), e.dateSource(), articleId, outletKey);
    }
}
