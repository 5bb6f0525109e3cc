// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.api.CodedArticle;
import io.tacitus.api.Problem;

/** Receives a batch's results in input order, on the calling thread. */
public interface BatchListener {
    void coded(CodedArticle article) throws Exception;

    void problem(Problem problem);
}
