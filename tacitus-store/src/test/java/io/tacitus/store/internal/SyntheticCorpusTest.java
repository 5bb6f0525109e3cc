// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
    @Test
    void the_same_seed_gives_the_same_articles_and_ids_are_unique() {
        var a = new SyntheticCorpus(1).article(5);
        var b = new SyntheticCorpus(1).article(5);
        assertEquals(a, b);
        assertNotEquals(a.article().id(), new SyntheticCorpus(1).article(6).article().id());
        assertEquals(a.sentenceCount(), a.events().size());
    }
}
