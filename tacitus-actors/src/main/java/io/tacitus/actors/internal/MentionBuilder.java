// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.actors.Phrase;
import io.tacitus.actors.PhraseKind;
import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns dictionary matches in one sentence into actor mentions: adjacent matches inside one noun phrase
 * ("Russian President Vladimir Putin", "Turkey's foreign minister") become one mention; a named person or
 * organisation wins over a country and role; otherwise country and role combine ("Russian troops": RUSMIL).
 */
public final class MentionBuilder {
    private final PhraseIndex index;

    public MentionBuilder(PhraseIndex index) {
        this.index = index;
    }

    /** Dictionary matches, left to right, longest first. */
    List<Piece> pieces(Sentence s) {
        List<Piece> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); ) {
            List<Phrase> m = index.match(tokens, i);
            if (!m.isEmpty() && m.get(0).kind() == PhraseKind.NOT_ACTOR) {
                i += m.get(0).words().size();
            } else if (!m.isEmpty() && plausible(m.get(0), tokens.get(i + m.get(0).words().size() - 1))
                    && !otherGivenName(tokens, i, m.get(0), out)) {
                out.add(new Piece(i, i + m.get(0).words().size(), m));
                i += m.get(0).words().size();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A lone surname right after a given name that is not in the dictionary belongs to someone else: "Admiral
     * Timothy Keating" is not Paul Keating; nor is one followed by another name ("Yunus Yosfiah"). Honorifics
     * ("Mr Keating") and titles matched before it do not count.
     */
    private static boolean otherGivenName(List<Token> tokens, int i, Phrase p, List<Piece> before) {
        if (p.kind() != PhraseKind.PERSON || p.words().size() != 1) {
            return false;
        }
        boolean next = i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("NNP")
                && !timeWord(tokens.get(i + 1)); // "Yunus Yosfiah" is not Muhammad Yunus
        if (i == 0) {
            return next;
        }
        Token prior = tokens.get(i - 1);
        boolean matched = !before.isEmpty() && before.get(before.size() - 1).end() == i;
        return next || prior.tag().equals("NNP") && !matched && !HONORIFICS.contains(prior.word().replace(".", ""));
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame",
            "Lord", "Lady", "Sheikh", "Prince", "King", "Queen", "Emir", "Crown", "General", "Gen", "Col", "Colonel",
            "President", "Premier", "Chancellor", "Minister", "Senator", "Sen", "Rep", "Governor", "Judge", "Ayatollah",
            "Rev", "Pope", "Marshal", "Admiral", "Adm", "Ambassador", "Secretary", "Speaker");

    /** A role noun must be a noun ("official" in "official visit" is not); names must not be verbs. */
    private static boolean plausible(Phrase p, Token last) {
        if (p.kind() == PhraseKind.ROLE) {
            return last.isNoun();
        }
        return !last.isVerb() && !last.tag().equals("IN");
    }

    public List<ActorMention> mentions(Sentence s, LocalDate docDate) {
        List<ActorMention> out = new ArrayList<>();
        List<Piece> pieces = pieces(s);
        int i = 0;
        while (i < pieces.size()) {
            int j = i + 1;
            while (j < pieces.size() && joins(s, pieces.subList(i, j), pieces.get(j))) {
                j++;
            }
            out.add(mention(s, pieces.subList(i, j), docDate));
            i = j;
        }
        return out;
    }

    private static boolean joins(Sentence s, List<Piece> group, Piece next) {
        Piece last = group.get(group.size() - 1);
        for (int t = last.end(); t < next.start(); t++) {
            String tag = s.tokens().get(t).tag();
            if (!tag.equals("POS") && !tag.startsWith("NNP")) {
                return false;
            }
        }
        if (last.kind() == PhraseKind.ROLE && next.bearsCountry() && next.kind() != PhraseKind.ADJECTIVE) {
            return false; // "leaders Russia" is not one phrase
        }
        for (Piece p : group) {
            if (p.kind().isNamed() && next.kind().isNamed()) {
                return false;
            }
            if (p.bearsCountry() && next.bearsCountry() && !p.first().country().equals(next.first().country())) {
                return false;
            }
            if (p.kind() == PhraseKind.STATE && next.kind() == PhraseKind.STATE) {
                return false;
            }
        }
        return true;
    }

    private ActorMention mention(Sentence s, List<Piece> group, LocalDate docDate) {
        int start = group.get(0).start();
        int end = group.get(group.size() - 1).end();
        Piece named = null;
        Piece country = null;
        Piece role = null;
        for (Piece p : group) {
            if (p.kind().isNamed()) {
                named = p;
            } else if (p.bearsCountry() && country == null) {
                country = p;
            } else if (p.kind() == PhraseKind.ROLE) {
                role = p;
            }
        }
        boolean lastIsName = named != null && group.get(group.size() - 1) == named && named.kind() == PhraseKind.PERSON;
        if ((named == null && role != null && group.get(group.size() - 1) == role) || lastIsName) {
            while (end < s.tokens().size() && s.tokens().get(end).tag().equals("NNP") && !timeWord(s.tokens().get(end))) {
                end++; // "President Bashar Assad", "President Xi Jinping": the rest of the name belongs to it
            }
        }
        ActorEntity entity;
        String via;
        if (named != null) {
            entity = choose(named.phrases(), docDate).entity();
            via = choose(named.phrases(), docDate).entry();
        } else if (role != null) {
            String iso = country == null ? null : country.first().country();
            String r = role.first().role();
            entity = ActorEntity.undated(iso == null ? "role:" + r : "group:" + iso + ":" + r, null, new ActorCode(iso, r));
            via = (country == null ? "" : country.first().entry() + "+") + role.first().entry();
        } else {
            entity = country.first().entity();
            via = country.first().entry();
        }
        int head = Heads.head(s, start, end);
        return new ActorMention(start, end, head, s.span(start, end), entity, via);
    }

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private static boolean timeWord(Token t) {
        return TIME_WORDS.contains(t.word().toLowerCase());
    }

    /** Of several people sharing a name, the one in office on the day, else the latest before it. */
    private static Phrase choose(List<Phrase> phrases, LocalDate day) {
        if (phrases.size() == 1 || day == null) {
            return phrases.get(0);
        }
        Phrase best = phrases.get(0);
        LocalDate bestStart = LocalDate.MIN;
        for (Phrase p : phrases) {
            if (p.entity().termOn(day) != null) {
                return p;
            }
            for (var t : p.entity().terms()) {
                if (!t.start().isAfter(day) && t.start().isAfter(bestStart)) {
                    best = p;
                    bestStart = t.start();
                }
            }
        }
        return best;
    }
}
