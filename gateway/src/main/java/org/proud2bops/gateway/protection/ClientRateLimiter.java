package org.proud2bops.gateway.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.proud2bops.gateway.config.GatewayConfig;

/**
 * A token bucket per client: {@code requests} per {@code period}, refilled continuously. Buckets of clients that
 * went quiet are forgotten, so memory stays bounded however many addresses call. Budgets are per gateway instance.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private final long requests;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimiter(GatewayConfig config) {
        this.requests = config.rateLimit().requests();
        this.period = config.rateLimit().period();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(period.multipliedBy(2))
                .build();
    }

    /** Empty when the client may go ahead; otherwise how long until it may try again. */
    public Optional<Duration> tryAcquire(String client) {
        ConsumptionProbe probe = buckets.get(client, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period))
                .build();
    }
}
