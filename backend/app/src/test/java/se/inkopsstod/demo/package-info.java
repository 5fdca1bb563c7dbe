/**
 * The demo of the embedded default, seeded through the ordinary commands when
 * {@code inkopsstod.demo-data.enabled} is true: the demo huvudmän, vendors and staff of
 * {@code demo/demo-data.json} ({@link se.inkopsstod.demo.DemoDataSeeder}), then the demo history
 * ({@link se.inkopsstod.demo.DemoHistorySeeder}): synthetic huvudmän with procurements carried
 * from first need to closed follow-up at past dates, so that benchmarks show real figures and real
 * suppression, and in Älvstad one procurement whose tender deadline has passed, to try evaluation
 * and award, and one in follow-up.
 * <p>
 * It lives in the test sources, like the development stack (docs/adr/0004), so that the
 * production jar carries no demo and no production class moves Axon's event clock
 * ({@link se.inkopsstod.demo.PastClock}); the local run and the integration tests have it on their
 * class path and Spring's component scan of {@code se.inkopsstod} finds it there. In production
 * the property has no seeder to switch on. One package rather than one per context: it is one
 * story seeded in order (tenants, then their history), it reaches into several contexts (the
 * directory, the library, tenders and evaluations) through their public classes, and keeps its own
 * helpers ({@link se.inkopsstod.demo.DemoData}, {@link se.inkopsstod.demo.SyntheticTenant},
 * {@link se.inkopsstod.demo.PastClock}) package-private.
 */
package se.inkopsstod.demo;
