// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.Locale;

/** Export file formats (docs/STORE.md lists their columns). */
public enum ExportFormat {
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** one JSON object a line */
    JSONL,
    /** Apache Parquet */
    PARQUET,
    /** ICEWS-like tab-separated columns, with a header row */
    ICEWS,
    /** GDELT 1.0-like tab-separated event columns, without a header row (as GDELT's files) */
    GDELT;

    public static ExportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("export format: csv, jsonl, parquet, icews or gdelt, not " + text, e);
        }
    }
}
