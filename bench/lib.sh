# Shared helpers of the bench scripts (sourced). Everything runs against 127.0.0.1:5432 as postgres.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BENCH_PORT=${BENCH_PORT:-18480}
APP_CP="$REPO_DIR/target/quarkus-app/app/*:$REPO_DIR/target/quarkus-app/lib/main/*"

bench_db() { echo "taizhang_bench_$1"; }

# Builds the packaged service if it is missing or older than the sources, and the generator.
build_all() {
    local jar="$REPO_DIR/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$REPO_DIR/src/main" "$REPO_DIR/pom.xml" -newer "$jar" -print -quit)" ]; then
        (cd "$REPO_DIR" && ./mvnw -q package -DskipTests)
    fi
    mkdir -p "$REPO_DIR/target/bench-classes"
    javac -nowarn -d "$REPO_DIR/target/bench-classes" -cp "$APP_CP" "$BENCH_DIR"/gen/*.java
}

# Starts the packaged service (prod profile) against database $1; sets SERVICE_PID and READY_MS.
start_service() {
    local db=$1 log=$2
    local t0; t0=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    QUARKUS_HTTP_PORT=$BENCH_PORT \
    TAIZHANG_SUPERVISION_EVALUATION_CRON=off \
    TAIZHANG_RATELIMIT_ENABLED=false \
        java ${BENCH_JAVA_OPTS:-} -jar "$REPO_DIR/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$BENCH_PORT/q/health/ready" >/dev/null 2>&1; then
            READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            return 0
        fi
        kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service died; see $log" >&2; return 1; }
        sleep 0.05
    done
    echo "service not ready after 30 s; see $log" >&2
    return 1
}

stop_service() {
    if [ -n "${SERVICE_PID:-}" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID"
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
