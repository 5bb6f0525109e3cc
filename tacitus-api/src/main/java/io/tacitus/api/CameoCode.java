// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.regex.Pattern;

/** A CAMEO event code: two to four digits, the first two being the root ("042", root "04"). */
public record CameoCode(String value) {
    private static final Pattern CODE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

    public CameoCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CAMEO code: " + value);
        }
    }

    public String root() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
