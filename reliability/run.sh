#!/usr/bin/env bash
# Load-and-fault run of issue 6 (README: "Reliability under load and faults"). One command:
#   reliability/run.sh                       # 5 minutes of sustained load, about 12 minutes in all
#   RELIABILITY_DURATION=120 reliability/run.sh
# Builds the jar if it is missing or older than the sources, starts a private PostgreSQL 15
# cluster on its own port and two service instances against it, runs driver.py, writes
# reliability/results/<date>-<HHMM>.md, and stops everything it started (also on Ctrl-C).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DURATION=${RELIABILITY_DURATION:-300}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGPORT=${RELIABILITY_PG_PORT:-55432}
PORT1=${RELIABILITY_PORT1:-18181}
PORT2=${RELIABILITY_PORT2:-18182}
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/taizhang-reliability.XXXXXX)
chmod 755 "$WORK"
PGDATA=$WORK/pgdata
ADMIN_TOKEN=tzk_reliability_admin_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
AS_PG=""
[ "$(id -u)" = 0 ] && AS_PG="runuser -u postgres --"
SERVICE_PIDS=()

cleanup() {
    for pid in "${SERVICE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ -f "$PGDATA/postmaster.pid" ]; then
        # a run interrupted during the freeze leaves PostgreSQL stopped: wake it before stopping it
        pkill -CONT -P "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null || true
        kill -CONT "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null || true
        $AS_PG "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
    fi
    for pid in "${SERVICE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$PGDATA"
    echo "logs kept in $WORK"
}
trap cleanup EXIT

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
    echo "building the service ..."
    (cd "$ROOT" && ./mvnw -q package -DskipTests)
fi

echo "private PostgreSQL on port $PGPORT in $WORK ..."
[ -n "$AS_PG" ] && chown postgres "$WORK"
$AS_PG "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
$AS_PG "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w \
    -o "-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
"$PGBIN/psql" -h "$WORK" -p "$PGPORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE ROLE taizhang_owner LOGIN PASSWORD 'owner';
CREATE ROLE taizhang_app LOGIN PASSWORD 'app';
CREATE DATABASE taizhang OWNER taizhang_owner;
\c taizhang
ALTER SCHEMA public OWNER TO taizhang_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL

start_service() { # port name
    QUARKUS_HTTP_PORT=$1 \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PGPORT/taizhang \
    QUARKUS_DATASOURCE_USERNAME=taizhang_app QUARKUS_DATASOURCE_PASSWORD=app \
    QUARKUS_FLYWAY_USERNAME=taizhang_owner QUARKUS_FLYWAY_PASSWORD=owner \
    QUARKUS_FLYWAY_PLACEHOLDERS_APP_ROLE=taizhang_app \
    TAIZHANG_BOOTSTRAP_ADMIN_TOKEN=$ADMIN_TOKEN \
    TAIZHANG_SUPERVISION_EVALUATION_CRON="0/30 * * * * ?" \
    java -Xms256m -Xmx256m -jar "$JAR" >"$WORK/$2.log" 2>&1 &
    SERVICE_PIDS+=($!)
    for _ in $(seq 120); do
        curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "$2 did not become ready; see $WORK/$2.log" >&2
    return 1
}
echo "service instances on ports $PORT1 and $PORT2 ..."
start_service "$PORT1" instance1   # first alone: it runs the migrations
start_service "$PORT2" instance2

REL_WORK=$WORK REL_PGBIN=$PGBIN REL_PGDATA=$PGDATA REL_PGPORT=$PGPORT REL_AS_PG=$AS_PG \
REL_PORTS=$PORT1,$PORT2 REL_PIDS=$(IFS=,; echo "${SERVICE_PIDS[*]}") \
REL_LOGS=$WORK/instance1.log,$WORK/instance2.log REL_ADMIN_TOKEN=$ADMIN_TOKEN \
REL_DURATION=$DURATION REL_RESULTS=$HERE/results \
    python3 "$HERE/driver.py"
