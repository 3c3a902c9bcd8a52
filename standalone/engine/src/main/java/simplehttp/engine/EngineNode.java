package simplehttp.engine;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.util.List;

/**
 * An OpenSearch node whose plugins are loaded from the classpath instead of the
 * {@code modules/} and {@code plugins/} directories of a distribution.
 */
final class EngineNode extends Node {

    /**
     * Netty4 provides the HTTP and transport layers, Painless the scripts, analysis-common
     * the analyzers, and reindex the {@code _update_by_query} and {@code _delete_by_query} APIs.
     */
    static final List<Class<? extends Plugin>> CLASSPATH_PLUGINS = List.of(
        Netty4Plugin.class,
        PainlessPlugin.class,
        CommonAnalysisPlugin.class,
        ReindexPlugin.class
    );

    EngineNode(Environment environment) {
        // true forbids private index settings in requests, as a distribution node does.
        super(environment, CLASSPATH_PLUGINS, true);
    }

    /** Returns the port the HTTP server is bound to, which differs from http.port when that is 0. */
    int boundHttpPort() {
        return injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }
}
