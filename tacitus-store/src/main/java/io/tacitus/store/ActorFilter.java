// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which actors a query means: a country ({@code USA}: every code that starts with USA) or a full code
 * ({@code USAGOV}: that code only).
 *
 * @param code   the code or country, upper case
 * @param prefix whether codes starting with {@code code} match too
 */
public record ActorFilter(String code, boolean prefix) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,12}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    public ActorFilter {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an actor code or country: " + code);
        }
    }

    /** Three letters are a country and match by prefix; anything longer is a full code. */
    public static ActorFilter parse(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        return new ActorFilter(code, COUNTRY.matcher(code).matches());
    }

    /** Whether an actor code passes this filter. */
    public boolean matches(String actorCode) {
        return actorCode != null && (prefix ? actorCode.startsWith(code) : actorCode.equals(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
