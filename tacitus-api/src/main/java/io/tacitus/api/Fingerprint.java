// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 fingerprint in hex: of one text (stable ids, duplicate detection) or of many lines added in
 * turn (the versions of knowledge files). Not thread-safe; make one per use.
 */
public final class Fingerprint {
    private final MessageDigest digest;

    public Fingerprint() {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** The hex SHA-256 of a text in UTF-8. */
    public static String of(String text) {
        return new Fingerprint().add(text).hex();
    }

    public Fingerprint add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The hex fingerprint of everything added so far; more may be added afterwards. */
    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }
}
