// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.regex.Pattern;

/**
 * A CAMEO-style actor code: an ISO 3166 alpha-3 country and an agent role.
 *
 * @param country ISO 3166 alpha-3 code, or null for actors without a country (intergovernmental bodies)
 * @param role    agent role such as GOV, MIL, LEG, ELI, IGO; null when only the country is known
 */
public record ActorCode(String country, String role) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ROLE = Pattern.compile("[A-Z0-9]{2,6}");

    public ActorCode {
        if (country != null && !ISO3.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be ISO 3166 alpha-3: " + country);
        }
        if (role != null && !ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("bad role code: " + role);
        }
        if (country == null && role == null) {
            throw new IllegalArgumentException("an actor code needs a country or a role");
        }
    }

    /** The code as one string, e.g. "USAGOV", "RUS", "IGO". */
    public String value() {
        return (country == null ? "" : country) + (role == null ? "" : role);
    }

    @Override
    public String toString() {
        return value();
    }
}
