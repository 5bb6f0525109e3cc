// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every country code a person or organisation carries is a row of countries.tsv (former states use their successor). */
class DictionaryCodesTest {
    @Test
    void people_and_organisations_use_known_country_codes() throws IOException {
        Set<String> known = new HashSet<>();
        for (String[] row : rows("countries.tsv")) {
            known.add(row[0]);
        }
        List<String> unknown = new ArrayList<>();
        for (String file : List.of("people.tsv", "organisations.tsv")) {
            for (String[] row : rows(file)) {
                if (!row[3].equals("-") && !known.contains(row[3])) {
                    unknown.add(file + ": " + row[0] + " " + row[3]);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static List<String[]> rows(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = DictionaryCodesTest.class.getResourceAsStream("/io/tacitus/actors/" + name)) {
            assertNotNull(in, name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}
