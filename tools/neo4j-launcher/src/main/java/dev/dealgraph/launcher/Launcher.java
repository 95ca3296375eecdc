package dev.dealgraph.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with only the Bolt connector open, on a loopback
 * address, for Dealgraph's default ("embedded") database.
 *
 * Usage: java -cp 'neo4j-launcher.jar:lib/*' dev.dealgraph.launcher.Launcher
 *          --data DIR --port 7687 [--host 127.0.0.1] [--pagecache 512m] [--tx-timeout 30s]
 *          [--bookmark-timeout 3000ms]
 *          [--parent PID]
 *
 * Protocol with the Node side (src/db/embedded.ts): one line "READY bolt://host:port"
 * on stdout once the database is started; errors on stderr and a non-zero exit code.
 * The Node side still checks that Bolt answers before it calls the database ready.
 * SIGINT/SIGTERM shut the database down cleanly (the JVM runs the shutdown hook).
 *
 * With --parent, the database lives only as long as the process that started it: when
 * that process is gone, however it ended (kill -9 included, which runs no code of its),
 * the launcher shuts Neo4j down cleanly and exits, instead of holding its heap, its port
 * and the store lock as an orphan. Two signs, either enough: stdin reaches its end (the
 * parent holds the only write end of that pipe, which the kernel closes when it dies:
 * immediate), or the parent's pid no longer runs the process it ran at our start (polled
 * every second: a backstop should the pipe's write end have leaked into another process).
 * With --parent, stdin must therefore be a pipe from the parent, never /dev/null.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path data = Path.of(require(opts, "data")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(require(opts, "port"));
        String pageCache = opts.getOrDefault("pagecache", "512m");
        String txTimeout = opts.getOrDefault("tx-timeout", "0s");
        String bookmarkTimeout = opts.getOrDefault("bookmark-timeout", "30s");

        Files.createDirectories(data);
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                // Bolt waits 5 s per connector for clients on shutdown by default; the
                // clients here are our own processes, so a stop should not take 10 s.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // Loopback only, a single local user: authentication would only add a
                // password to manage. A shared or remote database is run as a server.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.transaction_timeout, parseDuration(txTimeout))
                // How long a transaction waits for the write a client's bookmark names. The
                // API gives up at BOOKMARK_WAIT_MS and passes it here, so that the connection
                // the wait holds is free again about then, not after Neo4j's default 30 s.
                .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, parseDuration(bookmarkTimeout))
                .setConfig(GraphDatabaseSettings.logs_directory, logs)
                .build();
        } catch (RuntimeException e) {
            System.err.println("neo4j-launcher: could not start Neo4j in " + data + ": " + rootMessage(e));
            System.exit(3);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));
        // Only now: exiting before the hook is registered would skip the clean shutdown.
        // A parent that died while the database was starting is noticed at once here.
        if (opts.containsKey("parent")) watchParent(Long.parseLong(opts.get("parent")));

        // Touch the default database so that "READY" means it is online, not merely starting.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY bolt://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }

    /** Starts the two watchers of --parent; the first to see it gone shuts the launcher down. */
    private static void watchParent(long pid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            parentGone("pid " + pid + " is not running");
            return;
        }
        ProcessHandle handle = parent.get();

        Thread stdin = new Thread(() -> {
            byte[] buf = new byte[256];
            try {
                while (System.in.read(buf) >= 0) {
                    // The parent never writes; anything read is ignored.
                }
                parentGone("its pipe on stdin was closed");
            } catch (IOException e) {
                parentGone("stdin failed: " + e.getMessage());
            }
        }, "neo4j-launcher-stdin-watch");
        stdin.setDaemon(true);
        stdin.start();

        Thread poll = new Thread(() -> {
            // isAlive() compares the pid's start time with the one seen at of(): a pid the
            // kernel gave to another process since then does not count as the parent.
            while (handle.isAlive()) {
                try {
                    Thread.sleep(PARENT_POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            parentGone("pid " + pid + " has exited");
        }, "neo4j-launcher-parent-poll");
        poll.setDaemon(true);
        poll.start();
    }

    private static final long PARENT_POLL_MS = 1_000;
    /** A clean shutdown takes seconds; one that hangs must not leave the JVM behind anyway. */
    private static final long SHUTDOWN_LIMIT_MS = 60_000;

    private static synchronized void parentGone(String why) {
        System.err.println("neo4j-launcher: the process that started it is gone (" + why + "); shutting Neo4j down");
        System.err.flush();
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(4);
        }, "neo4j-launcher-shutdown-limit");
        limit.setDaemon(true);
        limit.start();
        // Runs the shutdown hook (service.shutdown()), as SIGTERM does. Exit code 0: an
        // orderly stop, not a failure of the database.
        System.exit(0);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                System.err.println("neo4j-launcher: expected --name value pairs, got '" + a + "'");
                System.exit(2);
            }
            opts.put(a.substring(2), args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            System.err.println("neo4j-launcher: missing --" + name);
            System.exit(2);
        }
        return v;
    }

    private static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(t));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
