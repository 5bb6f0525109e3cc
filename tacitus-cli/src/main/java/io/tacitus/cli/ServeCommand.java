// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.pipeline.PipelineConfig;
import io.tacitus.server.PooledPipelineCoder;
import io.tacitus.server.ServerConfig;
import io.tacitus.server.TacitusServer;
import io.tacitus.store.DuckDbEventStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus serve}: the JSON API and the web app over the event store (docs/WEB.md). */
@Command(name = "serve", description = "Serve the event store's JSON API and the web app (docs/WEB.md) until stopped "
        + "(Ctrl-C). Binds to 127.0.0.1 unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}: this machine only). "
            + "0.0.0.0 opens the server to the network, without any authentication.")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--coders", description = "Coding pipelines kept for POST /api/code, each with its own "
            + "language models in memory (default ${DEFAULT-VALUE}).")
    int coders = 1;

    @Option(names = "--actors", description = "Actor file that adds or overrides entries (docs/ACTORS.md), for "
            + "POST /api/code; repeatable.")
    List<Path> actors = new ArrayList<>();

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port);
        PooledPipelineCoder coder = new PooledPipelineCoder(PipelineConfig.defaults().withActorFiles(actors), coders);
        DuckDbEventStore db = store.openExisting();
        TacitusServer server;
        try {
            server = TacitusServer.start(config, db, coder);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
        }, "tacitus-serve-shutdown"));
        System.out.println("serving " + db.path() + " (" + db.counts() + ") on " + server.url() + "; Ctrl-C stops");
        Thread.currentThread().join();
        return 0;
    }
}
