// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

/**
 * The body of {@code POST /api/code}. Checked by the endpoint, not here, so that a bad field is a 400 that
 * names it.
 *
 * @param text  the article text
 * @param date  publication date, YYYY-MM-DD
 * @param title headline, or null
 */
public record CodeRequest(String text, String date, String title) {
}
