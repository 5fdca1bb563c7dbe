-- Inköpsstöd: the application's database and login role, with least privilege.
--
-- The postgres image runs this once, as the superuser, when its data volume is empty
-- (docker-entrypoint-initdb.d). Change it and start over with `docker compose down -v`.
--
--   role inkopsstod      may log in and nothing else: no superuser, cannot create databases or
--                        roles, no replication, does not bypass row-level security;
--   database inkopsstod  owned by that role, so that Flyway (which the app runs at start) can
--                        create and change the schema - in this one database only. Nobody else
--                        may connect to it.
--
-- The password is the development stack's (DATABASE_PASSWORD in docker-compose.yml). Production
-- databases are set up the same way by their administrator, with a real secret
-- (docs/operations.md).

CREATE ROLE inkopsstod WITH
  LOGIN
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  CONNECTION LIMIT 100
  PASSWORD 'inkopsstod-dev-password';

-- ICU collation sv-SE: names sort as Swedish users expect (å, ä, ö after z; "Åberg" after "Zorn").
CREATE DATABASE inkopsstod
  OWNER inkopsstod
  TEMPLATE template0
  ENCODING 'UTF8'
  LOCALE_PROVIDER icu
  ICU_LOCALE 'sv-SE';

REVOKE ALL ON DATABASE inkopsstod FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE inkopsstod TO inkopsstod;

\connect inkopsstod

-- Only the owner creates objects in the public schema (PostgreSQL 15+ does this by default; being
-- explicit keeps it so on any version and after a restore).
ALTER SCHEMA public OWNER TO inkopsstod;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
