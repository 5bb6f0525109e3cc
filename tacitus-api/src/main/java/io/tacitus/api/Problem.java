// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * A recorded problem with one input document: bad input never stops a batch, it becomes one of these.
 *
 * @param docId    the document (file name, or file name and line) the problem concerns
 * @param code     stable machine-readable code
 * @param severity whether the document was skipped ({@link Severity#ERROR}) or coded anyway
 * @param reason   a human-readable reason
 */
public record Problem(String docId, Code code, Severity severity, String reason) {
    public Problem {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }

    public static Problem error(String docId, Code code, String reason) {
        return new Problem(docId, code, Severity.ERROR, reason);
    }

    public static Problem warning(String docId, Code code, String reason) {
        return new Problem(docId, code, Severity.WARNING, reason);
    }

    /** Stable problem codes. */
    public enum Code { EMPTY, BINARY, ENCODING, MALFORMED_JSON, MISSING_FIELD, TOO_LARGE, BAD_DATE, UNREADABLE, INTERNAL }

    /** ERROR: the document was not coded. WARNING: it was coded, with the stated degradation. */
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + docId + ": " + code.name().toLowerCase() + ": " + reason;
    }
}
