// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The JSON bodies of the HTTP API, as records; the server's object mapper writes their components in
 * snake_case ({@code event_id}, {@code cameo_name}), as docs/SCHEMA.md names event fields. The OpenAPI
 * document {@code io/tacitus/server/openapi.json} describes them.
 */
package io.tacitus.server.json;
