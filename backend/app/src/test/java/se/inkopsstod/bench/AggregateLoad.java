package se.inkopsstod.bench;

import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Phase 7 of the benchmark: how long Axon's repository takes to load a need, as a command
 * handler would before deciding (the newest snapshot and the events after it).
 */
final class AggregateLoad {

    private AggregateLoad() {
    }

    static Benchmark.Result of(ApplicationContext app, String needId, int times) throws ClassNotFoundException {
        // the aggregate class is the procurement context's own business, not the benchmark's
        Repository<?> needs = app.getBean(Configuration.class).repository(Class.forName("se.inkopsstod.procurement.need.Need"));
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> needs.load(needId));
            latencies.add(System.nanoTime() - t);
        }
        Collections.sort(latencies);
        return new Benchmark.Result(0, latencies, null);
    }
}
