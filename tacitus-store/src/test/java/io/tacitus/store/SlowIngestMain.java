// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.Event;
import io.tacitus.store.internal.SyntheticCorpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores synthetic articles of 40 mentions each, slowly, and prints "stored ID MENTIONS" once each article's
 * transaction has committed: the process {@link CrashSafetyTest} kills. Arguments: database file, articles.
 */
public final class SlowIngestMain {
    static final int MENTIONS = 40;

    private SlowIngestMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        try (EventStore store = DuckDbEventStore.open(Path.of(args[0]))) {
            for (int n = 0; n < Integer.parseInt(args[1]); n++) {
                StoreResult r = store.store(article(corpus, n));
                System.out.println("stored " + r.articleId() + " " + r.mentions());
                System.out.flush();
                Thread.sleep(5);
            }
        }
    }

    static CodedArticle article(SyntheticCorpus corpus, int n) {
        String id = "slow-" + n;
        List<Event> events = new ArrayList<>();
        for (int s = 0; s < MENTIONS; s++) {
            events.add(corpus.event(id, s));
        }
        return new CodedArticle(new Article(id, "Slow article " + n, LocalDate.of(2020, 1, 1), null, null, "Slow"),
                MENTIONS, events, List.of());
    }
}
