-- Browser sessions (platform/session): the WebSession of every instance lives here, so that any
-- instance behind the load balancer serves any logged-in browser. One row a session; the
-- attributes (security context, OAuth2 authorized client, saved login request) are one Java
-- serialized map. Every request reads its row by primary key; a request that changed nothing but
-- the time of access writes it at most once a touch interval (inkopsstod.session.touch-interval).

create table web_session (
    id               text        not null primary key,
    -- the logged-in person's OIDC subject, once the session holds a security context
    principal        text,
    created_at       timestamptz not null,
    last_accessed_at timestamptz not null,
    max_idle_seconds integer     not null,
    -- the earlier of last access + idle timeout and creation + absolute timeout
    expires_at       timestamptz not null,
    attributes       bytea       not null
);

-- the sweep of expired sessions
create index web_session_expires_at on web_session (expires_at);
-- log out everywhere: every session of one person
create index web_session_principal on web_session (principal) where principal is not null;
