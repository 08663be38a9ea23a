# Shared helpers of the bench scripts (sourced). Everything runs against 127.0.0.1:5432 as postgres.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BENCH_PORT=${BENCH_PORT:-18480}
APP_CP="$REPO_DIR/target/bench/app/app/*:$REPO_DIR/target/bench/app/lib/main/*"

bench_db() { echo "taizhang_bench_$1"; }

# Builds the packaged service if it is missing or older than the sources, and the generator.
build_all() {
    local jar="$REPO_DIR/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$REPO_DIR/src/main" "$REPO_DIR/pom.xml" -newer "$jar" -print -quit)" ]; then
        (cd "$REPO_DIR" && ./mvnw -q package -DskipTests)
    fi
    # the service runs from a copy, so that a build during the run cannot pull its jars away
    rm -rf "$REPO_DIR/target/bench/app"
    mkdir -p "$REPO_DIR/target/bench"
    cp -r "$REPO_DIR/target/quarkus-app" "$REPO_DIR/target/bench/app"
    build_appcds "$REPO_DIR/target/bench/app"
    mkdir -p "$REPO_DIR/target/bench-classes"
    javac -nowarn -d "$REPO_DIR/target/bench-classes" -cp "$APP_CP" "$BENCH_DIR"/gen/*.java
}

# The AppCDS archive of the packaged service in directory $1 (app-cds.jsa), written by the java on
# the PATH, the one start_service runs: an archive only serves the exact JVM build that wrote it.
# A training run: the service starts with no database (Flyway and Hibernate's schema validation
# off, the datasource pointing at a closed port), answers /q/health/live, and is stopped; the JVM
# writes every class loaded so far. That covers all of start-up but Flyway's migrate and the JDBC
# driver's session, half again as many classes as Quarkus's own quarkus.package.jar.appcds.enabled,
# which stops after static init. Done here, not in the Maven build, so `./mvnw verify` stays as it
# was and no build without it can leave a stale archive behind. The class path in the archive is
# relative (java -jar quarkus-run.jar): the service must start from inside the directory.
build_appcds() {
    local dir=$1 pid
    rm -f "$dir/app-cds.jsa"
    if curl -s -o /dev/null "http://127.0.0.1:$BENCH_PORT/"; then
        echo "port $BENCH_PORT is already in use; set BENCH_PORT" >&2
        return 1
    fi
    (cd "$dir" && exec java -XX:ArchiveClassesAtExit=app-cds.jsa $BENCH_APPCDS_JAVA_OPTS \
        -Dquarkus.http.port="$BENCH_PORT" -Dquarkus.flyway.migrate-at-start=false \
        -Dquarkus.hibernate-orm.schema-management.strategy=none \
        -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:1/none -jar quarkus-run.jar) >"$dir/app-cds.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        curl -sf -o /dev/null "http://127.0.0.1:$BENCH_PORT/q/health/live" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true  # the training run ends by our SIGTERM (143); set -e must not take that for a failure
    [ -s "$dir/app-cds.jsa" ] || { echo "no AppCDS archive; see $dir/app-cds.log" >&2; return 1; }
}

# The service's JVM options, the same as docker/Dockerfile.jvm's; BENCH_JAVA_OPTS replaces them all
# (BENCH_JAVA_OPTS=-Xmx768m gives the options of the runs before 2026-11-30 09:00). Measured side
# by side at national scale (README "Benchmarks"):
# - the AppCDS archive of build_appcds: start-up classes come parsed and verified;
# - Serial GC: on two cores G1's concurrent threads compete with the requests, and its remembered
#   sets took 55 MB (NMT "GC", 768 MB heap); Serial's card table takes 1 MB;
# - a 512 MB heap cap with a 64 MB young generation: the live heap is ~60 MB plus ~0.45 KB per
#   problem (the dashboard aggregate: 126 MB at 143,000 problems, 218 MB at 349,000; ~0.25 KB
#   since the aggregate shares dates, key-area sets and ids: 124 MB at 254,933), the hourly
#   rebuild holds two aggregates for a moment, and the old generation grows only as far as the live
#   data needs; the small young generation bounds what the allocation churn of requests touches.
#   Without a cap the JVM sizes its heap from the host (a quarter of 24 GB here);
# - no change to the JIT: C2 thresholds at 3x their defaults took start-up CPU from 6.7 to 5.6 s
#   (median of 5), but whether request paths pay for it could not be settled on the busy machine
#   (detail, service CPU per request: 15.3 and 2.5 ms with, 7.4 and 7.4 ms without), and a slow
#   warm-up leaves them in C1 longer; so they stay at their defaults.
BENCH_APPCDS_JAVA_OPTS="-XX:+UseSerialGC -Xmx512m -Xmn64m"
BENCH_DEFAULT_JAVA_OPTS="-XX:SharedArchiveFile=app-cds.jsa $BENCH_APPCDS_JAVA_OPTS"

# Starts the packaged service (prod profile) against database $1; sets SERVICE_PID and READY_MS.
# It runs from inside target/bench/app, because the AppCDS archive names its class path relative to it.
start_service() {
    local db=$1 log=$2
    if curl -s -o /dev/null "http://127.0.0.1:$BENCH_PORT/"; then
        echo "port $BENCH_PORT is already in use; set BENCH_PORT" >&2
        return 1
    fi
    local t0; t0=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$REPO_DIR/target/bench/app" &&
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
        QUARKUS_HTTP_PORT=$BENCH_PORT \
        TAIZHANG_SUPERVISION_EVALUATION_CRON=off \
        TAIZHANG_RATE_LIMIT_ENABLED=false \
        exec java ${BENCH_JAVA_OPTS-$BENCH_DEFAULT_JAVA_OPTS} -jar quarkus-run.jar) >"$log" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$BENCH_PORT/q/health/ready" >/dev/null 2>&1; then
            READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            READY_CPU_MS=$(cpu_ms "$SERVICE_PID")
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
        # not necessarily our child (wait would return at once): poll until it is gone
        for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    SERVICE_PID=
}

# user + system CPU time of a process so far, in ms: startup cost independent of how busy the machine is
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

# Runs one wrk mix; prints its RESULT JSON (requests, rps, p50/p99 ms, errors).
# run_wrk SCRIPT CONNECTIONS THREADS DURATION PARAMS [extra env as VAR=value ...]
run_wrk() {
    local script=$1 conns=$2 threads=$3 duration=$4 params=$5
    shift 5
    local tmp; tmp=$(mktemp -d)
    start_cpu_sampler "$tmp"
    local service_before; service_before=$(cpu_ms "$SERVICE_PID")
    # the subshell reports its children's CPU (wrk's) after waiting for them
    (env BENCH_WRK="$BENCH_DIR/wrk" "$@" wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s \
        -s "$BENCH_DIR/wrk/$script.lua" "http://127.0.0.1:$BENCH_PORT" -- "$params" >"$tmp/out";
        children_cpu_ms >"$tmp/client_cpu")
    local service_cpu=$(( $(cpu_ms "$SERVICE_PID") - service_before ))
    stop_cpu_sampler
    grep '^RESULT' "$tmp/out" | cut -c8- | sed "s/}\$/,\"cpu_client_ms\":$(cat "$tmp/client_cpu"),\"cpu_service_ms\":$service_cpu,\"cpu_db_ms\":$(db_cpu_ms "$tmp")}/"
    rm -rf "$tmp"
}

# JIT compilations so far (HotSpot's sun.ci.totalCompiles counter).
jit_compiles() { jcmd "$1" PerfCounter.print 2>/dev/null | awk -F= '/sun.ci.totalCompiles=/ {print $2}'; }

# Warms the service up on one mix at the concurrency it is measured at, in rounds of 10 s, until
# the JIT has settled: fewer than 60 new compilations in a round (or 180 s). 20 s at 8 connections
# was far from enough: on the list mix throughput climbed for 90 s after that (893, 1,474, 1,703,
# 1,979, 2,238, 2,657 req/s in successive 15 s runs, then ~2,800 flat) while C2 still took 18 % of
# the CPU. Prints the seconds it took. WARM_THREADS (wrk threads, default 2) and WARM_MAX (seconds)
# are for the writes, whose mix runs a thread per writer and whose warm-up adds rows.
# warm_up MIX CONNS PARAMS [extra env ...]
warm_up() {
    local mix=$1 conns=$2 params=$3 before after waited=0
    shift 3
    before=$(jit_compiles "$SERVICE_PID")
    while [ "$waited" -lt "${WARM_MAX:-180}" ]; do
        run_wrk "$mix" "$conns" "${WARM_THREADS:-2}" 10 "$params" "$@" >/dev/null
        waited=$((waited + 10))
        after=$(jit_compiles "$SERVICE_PID")
        [ -n "$before" ] && [ -n "$after" ] && [ $((after - before)) -lt 60 ] && break
        before=$after
    done
    echo "$waited"
}

# Runs pgbench with the given script files (name@weight) at CONNECTIONS for DURATION against DB;
# prints a JSON line like run_wrk's, percentiles from pgbench's per-transaction log.
# run_pgbench DB CONNECTIONS DURATION ARGS_FILE SCRIPT@W...
run_pgbench() {
    local db=$1 conns=$2 duration=$3 args=$4
    shift 4
    local files=() f
    for f in "$@"; do files+=(-f "$BENCH_DIR/pgbench/$f"); done
    local logdir; logdir=$(mktemp -d)
    start_cpu_sampler "$logdir"
    # shellcheck disable=SC2046
    (cd "$logdir" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$conns" -j 2 -T "$duration" \
        $(cat "$args") "${files[@]}" --log --log-prefix=tx "$db" >out.txt 2>err.txt; children_cpu_ms >client_cpu) \
        || { cat "$logdir/err.txt" >&2; }
    stop_cpu_sampler
    local tps failed
    tps=$(awk '/^tps = / {print $3; exit}' "$logdir/out.txt")
    failed=$(awk '/number of failed transactions/ {print $5; exit}' "$logdir/out.txt")
    cat "$logdir"/tx.* | awk '{print $3}' | sort -n >"$logdir/lat"
    local n; n=$(wc -l <"$logdir/lat")
    local p50 p99
    p50=$(awk -v n="$n" 'NR == int(n * 0.50) + 1 {printf "%.2f", $1 / 1000; exit}' "$logdir/lat")
    p99=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {printf "%.2f", $1 / 1000; exit}' "$logdir/lat")
    printf '{"requests":%d,"seconds":%d,"rps":%.1f,"p50_ms":%s,"p99_ms":%s,"failed":%s,"cpu_client_ms":%d,"cpu_service_ms":0,"cpu_db_ms":%d}\n' \
        "$n" "$duration" "${tps:-0}" "${p50:-0}" "${p99:-0}" "${failed:-0}" "$(cat "$logdir/client_cpu")" "$(db_cpu_ms "$logdir")"
    rm -rf "$logdir"
}

# CPU spent per request, measured beside throughput: on a machine shared with other sessions the
# scheduler, not the service, decides how much CPU each side gets, so the CPU each request costs
# (client + service + PostgreSQL backends) is the figure that does not depend on the neighbours.
children_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($16 + $17) * 1000 / hz}' /proc/$BASHPID/stat; }

# Samples the CPU time of every backend connected to the bench database every 0.2 s into $1/backends.
start_cpu_sampler() {
    local dir=$1 pattern="postgres: 15/main: postgres ${BENCH_DB_NAME:-x} "
    (while :; do
        # keyed by pid and start time: a backend that ends can hand its pid to a new one
        for p in $(pgrep -f "$pattern"); do
            echo "$p:$(awk '{print $22}' "/proc/$p/stat" 2>/dev/null) $(cpu_ms "$p" 2>/dev/null)"
        done
        sleep 0.2
    done) >"$dir/backends" 2>/dev/null &
    CPU_SAMPLER=$!
}

stop_cpu_sampler() { kill "$CPU_SAMPLER" 2>/dev/null; wait "$CPU_SAMPLER" 2>/dev/null || true; }

# CPU the backends used while sampled: last value minus first value per backend.
db_cpu_ms() {
    awk 'NF == 2 && $2 != "" { if (!($1 in first)) first[$1] = $2; last[$1] = $2 }
        END { s = 0; for (p in last) s += last[p] - first[p]; printf "%d", s }' "$1/backends"
}
