#!/usr/bin/env bash
# The 100,000-row export: GET /api/v1/exports/ledger (all problems, CSV then XLSX) streamed to a
# file while the service's RSS is sampled every 0.2 s. Prints one JSON line per format.
# (The unfiltered export has one row per problem: 100,000 and more at national scale.)
# Usage: bench/export.sh SERVICE_PID PARAMS_LUA   (called by run.sh with the running service)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PID=$1
OUT=$(dirname "$2")
TOKEN=$(awk '$1 == "INSPECTOR" {print $2; exit}' "$OUT/tokens.txt")
for format in csv xlsx; do
    file="$OUT/export.$format"
    samples="$OUT/export-rss.$format"
    before=$(rss_mb "$PID")
    (while kill -0 "$PID" 2>/dev/null; do rss_mb "$PID"; echo; sleep 0.2; done) >"$samples" &
    sampler=$!
    t0=$(date +%s%N)
    status=$(curl -s -o "$file" -w '%{http_code}' --max-time 600 -H "Authorization: Bearer $TOKEN" \
        "http://127.0.0.1:$BENCH_PORT/api/v1/exports/ledger?format=$format")
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    kill "$sampler" 2>/dev/null || true
    after=$(rss_mb "$PID")
    peak=$(sort -n "$samples" | tail -1)
    bytes=$(stat -c %s "$file")
    # the export is unfiltered: one row per problem (cells may span lines, so lines are not rows)
    rows=$($PG -d "$BENCH_DB_NAME" -c "SELECT count(*) FROM problem")
    printf '{"format":"%s","status":%s,"rows":%s,"seconds":%.1f,"bytes":%d,"rss_before":%d,"rss_after":%d,"rss_peak":%d}\n' \
        "$format" "$status" "$rows" "$(echo "$ms / 1000" | bc -l)" "$bytes" "$before" "$after" "${peak:-$after}"
    rm -f "$file"
done
