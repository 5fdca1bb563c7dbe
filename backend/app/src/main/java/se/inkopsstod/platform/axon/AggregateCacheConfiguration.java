package se.inkopsstod.platform.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The co-edited items (needs, requirements) stay in memory between commands, so an edit neither
 * reads a snapshot nor replays events: the edit path's database work is the append and the view
 * update. Aggregates opt in with {@code @Aggregate(cache = "itemCache")}.
 * <p>
 * Another instance's write is not announced here; a stale copy that writes collides on the
 * event's sequence number, Axon drops it on rollback and the command is tried again on a fresh
 * copy (see {@code Commands} and {@code CommandAttempt}). Entries also expire after a while, so a
 * copy never lingers.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfiguration {

    @Bean
    Cache itemCache(@Value("${inkopsstod.event-store.item-cache.size:20000}") int size,
                    @Value("${inkopsstod.event-store.item-cache.ttl:10m}") Duration ttl) {
        return new BoundedCache(size, ttl, System::nanoTime);
    }

    /** Least recently used out first, and nothing older than the time to live. */
    static final class BoundedCache implements Cache {

        private final Map<Object, Entry> entries;
        private final long ttlNanos;
        private final LongSupplier nanoTime;

        BoundedCache(int size, Duration ttl, LongSupplier nanoTime) {
            this.ttlNanos = ttl.toNanos();
            this.nanoTime = nanoTime;
            this.entries = new LinkedHashMap<>(Math.min(size, 1024), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                    return size() > size;
                }
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <K, V> V get(K key) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (nanoTime.getAsLong() - entry.storedAt >= ttlNanos) {
                entries.remove(key);
                return null;
            }
            return (V) entry.value;
        }

        @Override
        public synchronized void put(Object key, Object value) {
            entries.put(key, new Entry(value, nanoTime.getAsLong()));
        }

        @Override
        public synchronized boolean putIfAbsent(Object key, Object value) {
            if (get(key) != null) {
                return false;
            }
            put(key, value);
            return true;
        }

        @Override
        public synchronized boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        @Override
        public synchronized void removeAll() {
            entries.clear();
        }

        @Override
        public synchronized boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener entryListener) {
            return () -> true; // nothing here listens to entries
        }

        private record Entry(Object value, long storedAt) {
        }
    }
}
