/**
 * Browser sessions in PostgreSQL: the WebSession (the security context of the OIDC login, the
 * OAuth2 authorized client, the pending login request) is stored in table {@code web_session}, so
 * that every instance behind a load balancer without stickiness serves the same logged-in browser.
 * Idle and absolute timeouts, a scheduled sweep of expired rows under ShedLock, and "log out
 * everywhere" for the current person. See docs/adr/0015-sessions-in-postgresql.md.
 */
package se.inkopsstod.platform.session;
