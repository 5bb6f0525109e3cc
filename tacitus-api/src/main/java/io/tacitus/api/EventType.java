// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * What kind of event: the CAMEO code with its name and scores, and the PLOVER equivalent.
 *
 * @param code      the CAMEO code
 * @param name      the CAMEO name ("Make a visit")
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 * @param quadClass GDELT's quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                  4 material conflict
 * @param plover    the PLOVER event type, or null where PLOVER has none (roots 01 and 02)
 */
public record EventType(CameoCode code, String name, double goldstein, int quadClass, String plover) {
    public EventType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class must be 1-4: " + quadClass);
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein score out of range: " + goldstein);
        }
    }
}
