// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.nio.file.Path;

/**
 * Stage 1: reads articles from a file or directory and streams them to a sink.
 *
 * <p>Needs: a path. Produces: {@link Article}s, and a {@link Problem} for every document it cannot read.
 * Never throws for bad input; only for programming errors. Stateless and thread-safe.
 */
public interface ArticleReader {
    void read(Path input, ArticleSink sink);
}
