/**
 * The development stack: a real embedded PostgreSQL, an embedded Kafka broker (KRaft) and a
 * development OpenID Connect provider with the demo users. Only the local run
 * ({@code mvn -Prun package}) and the tests put this module on the class path; the production
 * artifact never contains it.
 */
package se.inkopsstod.devstack;
