package se.inkopsstod.platform.security;

/** A token bucket: {@code perSecond} tokens flow in up to {@code burst}; each request takes one. */
final class TokenBucket {

    private double tokens;
    private long refilledAt = System.nanoTime();

    TokenBucket(double tokens) {
        this.tokens = tokens;
    }

    /** Takes one token; answers 0, or how many seconds until one is there. */
    synchronized double take(double perSecond, double burst) {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (1 - tokens) / perSecond;
    }

    synchronized long idleSince(long now) {
        return now - refilledAt;
    }
}
