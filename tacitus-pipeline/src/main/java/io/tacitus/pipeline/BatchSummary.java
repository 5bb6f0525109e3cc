// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.api.Problem;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch did.
 *
 * @param coded    documents coded
 * @param failed   documents that could not be coded
 * @param warnings problems that did not stop a document
 * @param events   events written
 * @param byCode   problem counts by code
 */
public record BatchSummary(int coded, int failed, int warnings, long events, Map<Problem.Code, Integer> byCode) {
    public BatchSummary {
        byCode = Map.copyOf(byCode);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(coded).append(" documents coded, ").append(failed).append(" failed, ")
                .append(warnings).append(" warnings, ").append(events).append(" events");
        if (!byCode.isEmpty()) {
            sb.append(" (problems: ");
            new TreeMap<>(byCode).forEach((k, v) -> sb.append(k.name().toLowerCase()).append(' ').append(v).append(", "));
            sb.setLength(sb.length() - 2);
            sb.append(')');
        }
        return sb.toString();
    }
}
