// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Splits a byte stream into lines without decoding, keeping at most a bounded number of bytes per line. */
final class LineSource {
    private final InputStream in;
    private final long maxBytes;

    LineSource(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (length < maxBytes) {
                buf.write(b);
            }
            length++;
            b = in.read();
        }
        return new Line(buf.toByteArray(), length > maxBytes);
    }

    /** A line's bytes; truncated when it was longer than the limit. */
    record Line(byte[] bytes, boolean truncated) {
    }
}
