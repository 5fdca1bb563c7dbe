package se.inkopsstod.platform.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ShortLivedCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofSeconds(5), 2, now::get);

    private String read(String value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsReadOnceWithinItsTimeToLiveAndAgainAfter() {
        assertThat(cache.get("anna", () -> read("buyer"))).isEqualTo("buyer");
        now.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(cache.get("anna", () -> read("teacher"))).as("still the cached role").isEqualTo("buyer");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("anna", () -> read("teacher"))).as("5 s later the change applies").isEqualTo("teacher");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRefusalIsNotKept() {
        assertThat(cache.get("new-procurement", () -> read(null))).isNull();
        assertThat(cache.get("new-procurement", () -> read("entered"))).as("entered as soon as it exists").isEqualTo("entered");
    }

    @Test
    void clearingForgetsAtOnceAndALoadThatBeganBeforeTheClearIsNotKept() {
        cache.get("anna", () -> read("buyer"));
        cache.clear();
        assertThat(cache.get("anna", () -> read("teacher"))).isEqualTo("teacher");

        // a read that raced a change: what it read may be the old value, so it is answered but not kept
        assertThat(cache.get("bo", () -> {
            cache.clear();
            return read("old");
        })).isEqualTo("old");
        assertThat(cache.get("bo", () -> read("new"))).isEqualTo("new");
    }

    @Test
    void staysWithinItsBound() {
        cache.get("a", () -> read("1"));
        cache.get("b", () -> read("2"));
        cache.get("c", () -> read("3")); // full: emptied, then c kept
        assertThat(cache.get("c", () -> read("3 again"))).isEqualTo("3");
        assertThat(cache.get("a", () -> read("1 again"))).isEqualTo("1 again");
    }

    @Test
    void aZeroTimeToLiveKeepsNothing() {
        ShortLivedCache<String, String> off = new ShortLivedCache<>(Duration.ZERO, 10, now::get);
        off.get("anna", () -> read("buyer"));
        assertThat(off.get("anna", () -> read("teacher"))).isEqualTo("teacher");
    }
}
