// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions joined by AND, with their parameters in order. */
final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Filter add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** "(a AND b)", or "TRUE" when there is no condition. */
    String conjunction() {
        return conditions.isEmpty() ? "TRUE" : "(" + String.join(" AND ", conditions) + ")";
    }

    /** " WHERE a AND b", or "" when there is no condition. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> params() {
        return params;
    }
}
