// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest.internal;

import io.tacitus.api.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as strict UTF-8 and says why it cannot. */
public final class StrictText {
    private StrictText() {
    }

    /** The decoded text, or throws {@link BadTextException} naming the problem. */
    public static String decode(byte[] bytes) throws BadTextException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new BadTextException(Problem.Code.BINARY, "binary content (NUL bytes), not text");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BadTextException(Problem.Code.ENCODING, "not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    /** Why bytes are not usable text. */
    public static final class BadTextException extends Exception {
        private final Problem.Code code;

        public BadTextException(Problem.Code code, String message) {
            super(message);
            this.code = code;
        }

        public Problem.Code code() {
            return code;
        }
    }
}
