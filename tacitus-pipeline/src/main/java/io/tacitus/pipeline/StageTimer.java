// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.api.Sentence;
import java.util.List;

/** Nanoseconds spent per stage and the counts processed, for one pipeline (one thread). */
public final class StageTimer {
    private long nlp;
    private long time;
    private long actors;
    private long coding;
    private long documents;
    private long sentences;
    private long parsed;
    private long tokens;

    synchronized void add(long nlpNs, long timeNs, long actorsNs, long codingNs, List<Sentence> done) {
        nlp += nlpNs;
        time += timeNs;
        actors += actorsNs;
        coding += codingNs;
        documents++;
        sentences += done.size();
        for (Sentence s : done) {
            tokens += s.tokens().size();
            parsed += s.parsed() ? 1 : 0;
        }
    }

    /** A copy of the counts so far, for measuring a span of work. */
    public synchronized StageTimer copy() {
        StageTimer t = new StageTimer();
        t.nlp = nlp;
        t.time = time;
        t.actors = actors;
        t.coding = coding;
        t.documents = documents;
        t.sentences = sentences;
        t.parsed = parsed;
        t.tokens = tokens;
        return t;
    }

    public long nlpNanos() {
        return nlp;
    }

    public long timeNanos() {
        return time;
    }

    public long actorsNanos() {
        return actors;
    }

    public long codingNanos() {
        return coding;
    }

    public long documents() {
        return documents;
    }

    public long sentences() {
        return sentences;
    }

    public long parsedSentences() {
        return parsed;
    }

    public long tokens() {
        return tokens;
    }
}
