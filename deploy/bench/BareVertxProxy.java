import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The least a Vert.x reverse proxy does, for deploy/bench/gateway-overhead: the gateway's proxy library, event loops
 * and per-event-loop connection pools, without any of its work (routing, request ids, rate budgets, timeouts,
 * metrics, Quarkus). Usage: java -cp (gateway's runtime classpath) BareVertxProxy.java listen-port upstream-host
 * upstream-port
 */
public class BareVertxProxy {

    public static void main(String[] args) {
        int listenPort = Integer.parseInt(args[0]);
        String upstreamHost = args[1];
        int upstreamPort = Integer.parseInt(args[2]);
        int eventLoops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                var client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
                vertx.createHttpServer()
                        .requestHandler(HttpProxy.reverseProxy(client).origin(upstreamPort, upstreamHost))
                        .listen(listenPort);
            }
        }, new DeploymentOptions().setInstances(eventLoops)).onSuccess(deployed -> System.out.println("listening"));
    }
}
