// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total  items that pass the filters, over all pages
 * @param limit  the page size asked for
 * @param offset items skipped before this page
 * @param items  this page
 * @param <T>    the item type
 */
public record Page<T>(long total, int limit, int offset, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
