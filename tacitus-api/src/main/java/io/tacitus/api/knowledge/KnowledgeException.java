// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api.knowledge;

/** A knowledge file is wrong: names the file and line. Thrown at start-up, never for input. */
public final class KnowledgeException extends RuntimeException {
    public KnowledgeException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
