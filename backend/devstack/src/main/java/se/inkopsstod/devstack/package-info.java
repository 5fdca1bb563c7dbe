/**
 * The development stack: a real embedded PostgreSQL, an embedded Kafka broker (KRaft), a
 * development OpenID Connect provider with the demo users and an SMTP server whose mail can be
 * read in the browser. Only the local run
 * ({@code mvn -Prun package}) and the tests put this module on the class path; the production
 * artifact never contains it.
 */
package se.inkopsstod.devstack;
