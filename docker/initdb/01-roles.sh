#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d).
# taizhang_owner owns the database and its schema and runs the Flyway migrations;
# taizhang_app is the runtime role: it owns nothing, so it can neither disable the ledger's
# append-only triggers nor drop anything. The migrations grant it what it needs.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_pw="$TAIZHANG_OWNER_PASSWORD" -v app_pw="$TAIZHANG_APP_PASSWORD" <<'SQL'
CREATE ROLE taizhang_owner LOGIN PASSWORD :'owner_pw';
CREATE ROLE taizhang_app LOGIN PASSWORD :'app_pw';
ALTER DATABASE taizhang OWNER TO taizhang_owner;
ALTER SCHEMA public OWNER TO taizhang_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE taizhang FROM PUBLIC;
GRANT CONNECT ON DATABASE taizhang TO taizhang_owner, taizhang_app;
SQL
