// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

import java.util.Locale;

/**
 * The lookup key of a place name: lower case, runs of whitespace made one space, ends trimmed, the
 * typographic apostrophe made plain, and a leading "the " dropped ("The Sea of Azov" and "sea of  azov"
 * share a key). Names and queries go through the same function, so a key is only compared with a key.
 */
public final class PlaceKey {
    private PlaceKey() {
    }

    /** The key of a name; empty when the name is blank. */
    public static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isSpace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c == '\u2019' ? '\'' : c);
            }
        }
        String lower = key.toString().toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c <= ' ';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
