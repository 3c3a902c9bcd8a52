package simplehttp.engine;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a single-node OpenSearch 2.19 cluster on 127.0.0.1 for the standalone host.
 *
 * <p>Prints {@code ENGINE_READY http://127.0.0.1:<port>} on stdout once the node has started and its
 * HTTP server is bound. Stops the node when stdin reaches EOF, so the JVM exits when the parent process
 * that writes to its stdin exits, and on SIGTERM or SIGINT through a shutdown hook. Logs go to stderr.
 */
public final class EngineLauncher {

    static final String READY_PREFIX = "ENGINE_READY ";
    static final String CLUSTER_NAME = "simple-http-investigation";
    static final String NODE_NAME = "simple-http-engine";
    static final String HOST = "127.0.0.1";
    static final String DATA_DIR_ENV = "SIMPLE_HTTP_ENGINE_DATA_DIR";
    static final int DEFAULT_HTTP_PORT = 9200;
    static final long CLOSE_TIMEOUT_SECONDS = 10;

    static final String USAGE = String.join(
        "\n",
        "Usage: java -jar simple-http-engine.jar --data-dir PATH [--http-port N] [--transport-port N] [--ignore-stdin]",
        "  --data-dir PATH       engine home; indices go to PATH/data and logs to PATH/logs",
        "                        (default: the " + DATA_DIR_ENV + " environment variable)",
        "  --http-port N         HTTP port on 127.0.0.1, 0 for any free port (default " + DEFAULT_HTTP_PORT + ")",
        "  --transport-port N    node-to-node transport port, 0 for any free port (default 0)",
        "  --ignore-stdin        keep running when stdin reaches EOF, until SIGTERM or SIGINT"
    );

    /**
     * Some of the JVM system properties that the launcher of the OpenSearch distribution passes on the
     * command line (SystemJvmOptions). They are set here, before any Netty, log4j or locale class
     * initializes, unless the command line set them.
     */
    private static final Map<String, String> DEFAULT_SYSTEM_PROPERTIES = Map.of(
        // SPI loads OpenSearch's IsoCalendarDataProvider, which makes weeks of Locale.ROOT start on Monday
        // with at least 4 days in the first week, as ISO 8601 does. Java 17 alone gives Sunday and 1 day.
        "java.locale.providers", "SPI,COMPAT",
        "io.netty.noUnsafe", "true",
        "io.netty.noKeySetOptimization", "true",
        "io.netty.recycler.maxCapacityPerThread", "0",
        "io.netty.allocator.numDirectArenas", "0",
        "log4j.shutdownHookEnabled", "false",
        "log4j2.disable.jmx", "true"
    );

    private final Options options;
    private volatile EngineNode node;

    private EngineLauncher(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        DEFAULT_SYSTEM_PROPERTIES.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });

        Options options;
        try {
            options = Options.parse(args, System.getenv(DATA_DIR_ENV));
        } catch (IllegalArgumentException e) {
            System.err.println("simple-http-engine: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        new EngineLauncher(options).run();
    }

    private void run() {
        Logger logger = LogManager.getLogger(EngineLauncher.class);
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeNode, "engine-shutdown"));
        if (options.ignoreStdin == false) {
            startStdinWatcher(logger);
        }

        int httpPort;
        try {
            Environment environment = prepareEnvironment(options);
            node = new EngineNode(environment);
            node.start();
            setDefaultReplicaCount(node);
            httpPort = node.boundHttpPort();
        } catch (Exception e) {
            logger.error("failed to start the engine with data directory [" + options.dataDir + "]", e);
            // The shutdown hook closes the node if it was created.
            System.exit(1);
            return;
        }

        System.out.println(READY_PREFIX + "http://" + HOST + ":" + httpPort);
        System.out.flush();

        // OpenSearch's threads are daemon threads, so this thread keeps the JVM alive until System.exit or a signal.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Environment prepareEnvironment(Options options) throws IOException {
        Path home = options.dataDir.toAbsolutePath().normalize();
        Path config = home.resolve("config");
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        for (Path dir : new Path[] { config, data, logs }) {
            Files.createDirectories(dir);
        }

        Settings settings = Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", NODE_NAME)
            .put("path.home", home.toString())
            .put("path.data", data.toString())
            .put("path.logs", logs.toString())
            .put("network.host", HOST)
            .put("http.port", options.httpPort)
            .put("transport.port", options.transportPort)
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true)
            .build();
        return InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> NODE_NAME);
    }

    /**
     * Stores cluster.default_number_of_replicas = 0 as a persistent cluster setting, so indices created
     * without index.number_of_replicas get no replica, which a single node could not allocate, and the
     * cluster stays green. OpenSearch 2.19 reads this setting from the cluster state, not from node settings.
     */
    private static void setDefaultReplicaCount(EngineNode node) {
        node.client()
            .admin()
            .cluster()
            .prepareUpdateSettings()
            .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
            .get(TimeValue.timeValueSeconds(30));
    }

    /** Exits the JVM, which runs the shutdown hook, when stdin reaches EOF or fails. */
    private static void startStdinWatcher(Logger logger) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) != -1) {
                    // Input is ignored: only EOF matters.
                }
            } catch (IOException e) {
                logger.warn("reading stdin failed, stopping the engine", e);
            }
            System.exit(0);
        }, "engine-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void closeNode() {
        EngineNode current = node;
        if (current == null) {
            return;
        }
        try {
            current.close();
            if (current.awaitClose(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS) == false) {
                System.err.println("simple-http-engine: node did not close within " + CLOSE_TIMEOUT_SECONDS + " s");
            }
        } catch (IOException e) {
            System.err.println("simple-http-engine: failed to close the node: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            LogManager.shutdown();
        }
    }

    /** Command-line options of the launcher. */
    static final class Options {
        Path dataDir;
        int httpPort = DEFAULT_HTTP_PORT;
        int transportPort = 0;
        boolean ignoreStdin = false;
        boolean help = false;

        static Options parse(String[] args, String dataDirFromEnv) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--data-dir":
                        options.dataDir = Paths.get(requireValue(args, ++i, arg));
                        break;
                    case "--http-port":
                        options.httpPort = parsePort(requireValue(args, ++i, arg), arg);
                        break;
                    case "--transport-port":
                        options.transportPort = parsePort(requireValue(args, ++i, arg), arg);
                        break;
                    case "--ignore-stdin":
                        options.ignoreStdin = true;
                        break;
                    case "-h":
                    case "--help":
                        options.help = true;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown argument [" + arg + "]");
                }
            }
            if (options.dataDir == null && dataDirFromEnv != null && dataDirFromEnv.isEmpty() == false) {
                options.dataDir = Paths.get(dataDirFromEnv);
            }
            if (options.dataDir == null && options.help == false) {
                throw new IllegalArgumentException("missing data directory: pass --data-dir PATH or set " + DATA_DIR_ENV);
            }
            return options;
        }

        private static String requireValue(String[] args, int index, String name) {
            if (index >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            return args[index];
        }

        private static int parsePort(String value, String name) {
            int port;
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid port for " + name + ": [" + value + "], expected 0 to 65535");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("invalid port for " + name + ": [" + value + "], expected 0 to 65535");
            }
            return port;
        }
    }
}
