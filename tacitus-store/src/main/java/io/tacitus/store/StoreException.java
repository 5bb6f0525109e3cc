// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

/** The store could not be opened, written or read; the cause, if any, is chained. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
