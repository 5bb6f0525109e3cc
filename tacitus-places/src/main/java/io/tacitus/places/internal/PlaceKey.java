// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

/**
 * The lookup key of a place name: each character in lower case, runs of whitespace made one space, ends
 * trimmed, the typographic apostrophe made plain, and a leading "the " dropped ("The Sea of Azov" and
 * "sea of  azov" share a key). Names and queries go through the same function, so a key is only compared
 * with a key.
 */
public final class PlaceKey {
    private PlaceKey() {
    }

    /** The key of a name; empty when the name is blank. */
    public static String of(String name) {
        char[] key = new char[name.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isSpace(c)) {
                space = length > 0;
            } else {
                if (space) {
                    key[length++] = ' ';
                    space = false;
                }
                key[length++] = c == '\u2019' ? '\'' : Character.toLowerCase(c);
            }
        }
        int start = startsWithThe(key, length) ? 4 : 0;
        return new String(key, start, length - start);
    }

    private static boolean startsWithThe(char[] key, int length) {
        return length > 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ';
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c <= ' ';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
