#!/usr/bin/env bash
# One command for the whole benchmark: build, generate the data set, start the packaged service,
# run every mix side by side with its pgbench twin, and write bench/results/<date>-<scale>.md.
# Usage: bench/run.sh [--scale national|tenth] [--duration S] [--seed N] [--reuse]
#   --reuse keeps an existing bench database instead of generating it again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=national DURATION=15 SEED=42 REUSE=no
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --reuse) REUSE=yes; shift ;;
        *) echo "usage: bench/run.sh [--scale national|tenth] [--duration S] [--seed N] [--reuse]" >&2; exit 2 ;;
    esac
done
DB=$(bench_db "$SCALE")
export BENCH_DB_NAME=$DB
OUT="$REPO_DIR/target/bench/$SCALE"
RESULTS="$OUT/results.jsonl"
mkdir -p "$OUT" "$BENCH_DIR/results"
build_all
# the load also writes the tokens the mixes send (target/bench/<scale>/tokens.txt): a checkout that
# did not load the database itself cannot reuse it
if [ "$REUSE" = no ] || [ ! -s "$OUT/tokens.txt" ] || [ -z "$($PG -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
    "$BENCH_DIR/load.sh" "$SCALE" "$SEED"
fi
"$BENCH_DIR/prepare.sh" "$SCALE"
# the data the reads run on (the write mixes add to it afterwards)
SIZE=$($PG -d "$DB" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
COUNTS=$($PG -d "$DB" -c "SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM problem),
    (SELECT count(*) FROM measure), (SELECT count(*) FROM ledger_entry)")
PARAMS="$OUT/params.lua"
ARGS="$OUT/pgbench.args"
: >"$RESULTS"
record() { echo "{\"mix\":\"$1\",\"kind\":\"$2\",\"conns\":$3,\"result\":$4}" >>"$RESULTS"; echo "  $1 $2 c=$3 $4"; }

RSS_LOG="$OUT/rss.log"
trap 'stop_service; [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true' EXIT
start_service "$DB" "$OUT/service.log"
echo "ready in $READY_MS ms ($READY_CPU_MS ms CPU)"
sleep 5
IDLE_RSS=$(rss_mb "$SERVICE_PID")
: >"$RSS_LOG"
(while kill -0 "$SERVICE_PID" 2>/dev/null; do echo "$(rss_mb "$SERVICE_PID")" >>"$RSS_LOG"; sleep 1; done) &
SAMPLER=$!

# warm-up: each mix runs at its measured concurrency until the JIT has settled (warm_up in lib.sh),
# right before it is measured. The writes warm up only after the reads: their new problems are the
# newest, and the filtered list would have to walk past them (bench/README.md)
warm() {
    local s; s=$(warm_up "$@")
    echo "  warmed up on $1 for $s s"
    echo "{\"mix\":\"$1\",\"kind\":\"warmup\",\"conns\":$2,\"result\":{\"seconds\":$s}}" >>"$RESULTS"
}

# the floor every endpoint stands on, then the read mixes, each followed at once by its pgbench
# twin at the same concurrency
warm floor 32 "$PARAMS"
record floor service 32 "$(run_wrk floor 32 2 "$DURATION" "$PARAMS")"
warm list 32 "$PARAMS"
record list service 32 "$(run_wrk list 32 2 "$DURATION" "$PARAMS")"
record list pgbench 32 "$(run_pgbench "$DB" 32 "$DURATION" "$ARGS" list_status.sql@40 list_unit.sql@30 list_red.sql@15 list_area.sql@15)"
warm detail 32 "$PARAMS"
record detail service 32 "$(run_wrk detail 32 2 "$DURATION" "$PARAMS")"
record detail pgbench 32 "$(run_pgbench "$DB" 32 "$DURATION" "$ARGS" detail.sql)"
warm feed 32 "$PARAMS"
record feed service 32 "$(run_wrk feed 32 2 "$DURATION" "$PARAMS")"
record feed pgbench 32 "$(run_pgbench "$DB" 32 "$DURATION" "$ARGS" feed_first.sql@50 feed_cursor.sql@50)"
warm page 32 "$PARAMS" BENCH_PAGE=first
record page-first service 32 "$(run_wrk page 32 2 "$DURATION" "$PARAMS" BENCH_PAGE=first)"
record page-first pgbench 32 "$(run_pgbench "$DB" 32 "$DURATION" "$ARGS" page_first.sql)"
record page-deep service 32 "$(run_wrk page 32 2 "$DURATION" "$PARAMS" BENCH_PAGE=deep)"
record page-deep pgbench 32 "$(run_pgbench "$DB" 32 "$DURATION" "$ARGS" page_deep.sql)"
# the dashboard summary (issue 2's endpoint), when the service has it
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BENCH_PORT/api/v1/dashboard/summary")" != 404 ]; then
    warm dashboard 32 "$PARAMS"
    record dashboard service 32 "$(run_wrk dashboard 32 2 "$DURATION" "$PARAMS")"
fi

READS_RSS=$(sort -n "$RSS_LOG" | tail -1)
# writes: the liaison mix, then filings alone with 1, 8 and 32 writers (one unit per writer),
# each warmed up for at most 30 s, since every second of it adds hundreds of problems
WARM_THREADS=32 WARM_MAX=30 warm writes 32 "$PARAMS"
record writes service 32 "$(run_wrk writes 32 32 "$DURATION" "$PARAMS")"
# each followed at once by its pgbench twin: the filing's statements at as many clients
WARM_THREADS=32 WARM_MAX=30 warm writes 32 "$PARAMS" BENCH_WRITES=file
for w in 1 8 32; do
    record filings service "$w" "$(run_wrk writes "$w" "$w" "$DURATION" "$PARAMS" BENCH_WRITES=file)"
    record filings pgbench "$w" "$(run_pgbench "$DB" "$w" "$DURATION" "$ARGS" filing.sql)"
done
MIX_RSS=$(sort -n "$RSS_LOG" | tail -1)
END_PROBLEMS=$($PG -d "$DB" -c "SELECT count(*) FROM problem")

EXPORT_JSON=null
if [ -f "$BENCH_DIR/export.sh" ]; then
    EXPORT_JSON="[$("$BENCH_DIR/export.sh" "$SERVICE_PID" "$PARAMS" | paste -sd,)]"
fi
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=
stop_service

DATE=$(date -u +%Y-%m-%d)
python3 "$BENCH_DIR/report.py" --results "$RESULTS" --scale "$SCALE" --date "$DATE" --duration "$DURATION" \
    --ready-ms "$READY_MS" --ready-cpu-ms "$READY_CPU_MS" --idle-rss "$IDLE_RSS" --mix-rss "$MIX_RSS" --reads-rss "$READS_RSS" --end-problems "$END_PROBLEMS" \
    --export "$EXPORT_JSON" --db "$DB ($SIZE)" --counts "$COUNTS" --load "$(cut -d' ' -f1-3 /proc/loadavg)" \
    --other "$BENCH_DIR/results/$DATE-$( [ "$SCALE" = national ] && echo tenth || echo national ).jsonl" \
    >"$BENCH_DIR/results/$DATE-$SCALE.md"
cp "$RESULTS" "$BENCH_DIR/results/$DATE-$SCALE.jsonl"
echo "results: bench/results/$DATE-$SCALE.md"
python3 "$BENCH_DIR/readme.py" "$REPO_DIR/README.md" "$SCALE" "$BENCH_DIR/results/$DATE-$SCALE.md"
