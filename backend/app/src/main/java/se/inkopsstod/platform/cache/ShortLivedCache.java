package se.inkopsstod.platform.cache;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value kept for at most {@code ttl}, then read again; the bound on how late a change made on
 * another instance is seen here. Changes made on this instance clear it at once ({@link #clear}).
 * Bounded: when full it is emptied rather than ordered, because entries live seconds anyway.
 * Only what the loader returns is kept; an exception is not cached.
 */
public final class ShortLivedCache<K, V> {

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    /** Bumped by {@link #clear}: a load that began before a clear must not put back what it read. */
    private final AtomicLong generation = new AtomicLong();

    public ShortLivedCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    ShortLivedCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    public V get(K key, Supplier<V> loader) {
        if (ttlNanos <= 0) {
            return loader.get();
        }
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt < ttlNanos) {
            return entry.value;
        }
        long before = generation.get();
        V value = loader.get();
        if (value != null && before == generation.get()) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    /**
     * For a projection that just changed what this cache holds: clears now, and again when the
     * transaction commits, so a read between the change and the commit does not keep the old value.
     */
    public void clearNowAndAfterCommit() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private record Entry<V>(V value, long loadedAt) {
    }
}
