/**
 * Platform: the technical backbone every context stands on. Axon set-up (JDBC event store on
 * PostgreSQL, serialisation, correlation data, processors), the Kafka publisher of domain events,
 * security (OIDC login, bearer tokens, CSRF, the current user) and web plumbing (problem details,
 * the single-page app). Holds no business rules.
 */
package se.inkopsstod.platform;
