// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

/**
 * A place where events happened.
 *
 * @param name     place name
 * @param country  ISO alpha-3, or null
 * @param lat      latitude
 * @param lon      longitude
 * @param events   events there
 * @param mentions their mentions
 */
public record PlaceView(String name, String country, double lat, double lon, long events, long mentions) {
}
