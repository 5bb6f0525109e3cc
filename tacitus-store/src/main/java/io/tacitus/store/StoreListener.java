// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.CodedArticle;
import io.tacitus.api.Problem;
import io.tacitus.pipeline.BatchListener;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Stores each coded article of a batch as it arrives ({@code ingest} = {@code BatchCoder} + this listener).
 * An article that cannot be stored throws, and the batch coder turns that into a recorded problem. Called on
 * one thread, as {@link BatchListener} promises.
 */
public final class StoreListener implements BatchListener {
    private final EventStore store;
    private final Consumer<StoreResult> onStored;
    private final Consumer<Problem> onProblem;
    private int stored;
    private int duplicates;
    private long mentions;
    private long newEvents;

    /**
     * @param store     where to store
     * @param onStored  told of each article once its transaction committed
     * @param onProblem told of each problem of the batch
     */
    public StoreListener(EventStore store, Consumer<StoreResult> onStored, Consumer<Problem> onProblem) {
        this.store = Objects.requireNonNull(store, "store");
        this.onStored = Objects.requireNonNull(onStored, "onStored");
        this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
    }

    @Override
    public void coded(CodedArticle article) {
        StoreResult r = store.store(article);
        if (r.stored()) {
            stored++;
            mentions += r.mentions();
            newEvents += r.newEvents();
        } else {
            duplicates++;
        }
        onStored.accept(r);
    }

    @Override
    public void problem(Problem problem) {
        onProblem.accept(problem);
    }

    /** "3 articles stored, 1 duplicate skipped, 44 mentions, 20 new events". */
    public String summary() {
        return stored + " articles stored, " + duplicates + " duplicates skipped, " + mentions + " mentions, "
                + newEvents + " new events";
    }

    public int stored() {
        return stored;
    }

    public int duplicates() {
        return duplicates;
    }
}
