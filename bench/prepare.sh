#!/usr/bin/env bash
# Writes the parameters the load needs from a loaded bench database: params.lua for wrk (tokens,
# id ranges, the liaisons' writable problems and measures, cursors) and pgbench.args with the same
# values for the pgbench twins. Usage: bench/prepare.sh national|tenth
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-tenth}
DB=$(bench_db "$SCALE")
OUT="$REPO_DIR/target/bench/$SCALE"
Q="$PG -d $DB -c"

read -r PMIN PMAX UMIN UMAX CAMPAIGN TODAY DEADLINE COUNT <<<"$($Q "SELECT min(p.id), max(p.id),
    (SELECT min(id) FROM unit WHERE code LIKE 'CT%'), (SELECT max(id) FROM unit),
    (SELECT max(id) FROM campaign WHERE ends_on IS NULL),
    (now() AT TIME ZONE 'Asia/Shanghai')::date, (now() AT TIME ZONE 'Asia/Shanghai')::date + 60, count(*)
    FROM problem p" | tr '|' ' ')"
# the deepest page asked for: 2,000 at national scale (the last full page), 200 at a tenth
DEEP_PAGE=$(( COUNT / 50 < 2000 ? COUNT / 50 : 2000 ))
read -r DEEP_TS DEEP_MICROS DEEP_ID <<<"$($Q "SELECT created_at, round(extract(epoch FROM created_at) * 1000000)::bigint, id
    FROM problem ORDER BY created_at DESC, id DESC OFFSET $(( (DEEP_PAGE - 1) * 50 - 1 )) LIMIT 1" | tr '|' ' ' | sed 's/ /T/')"
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
DEEP_CURSOR=$(printf -- '-createdAt\x1f%s\x1f%s' "$DEEP_MICROS" "$DEEP_ID" | b64url)
FEED=$($Q "WITH r AS (SELECT min(id) lo, max(id) hi FROM ledger_entry)
    SELECT e.tx_id::text, e.id FROM r, generate_series(1, 8) k, ledger_entry e WHERE e.id = r.lo + k * (r.hi - r.lo) / 9
    ORDER BY e.id")
FEED_TX="{$(echo "$FEED" | cut -d'|' -f1 | paste -sd,)}"
FEED_ID="{$(echo "$FEED" | cut -d'|' -f2 | paste -sd,)}"

{
    echo "return {"
    echo "  problem_min = $PMIN, problem_max = $PMAX, unit_min = $UMIN, unit_max = $UMAX,"
    echo "  campaign = $CAMPAIGN, today = \"$TODAY\", deadline = \"$DEADLINE\","
    echo "  deep_page = $DEEP_PAGE, deep_cursor = \"$DEEP_CURSOR\","
    echo -n "  feed_cursors = {"
    echo "$FEED" | while IFS='|' read -r tx id; do
        echo -n "\"$(printf 'feed\x1f%s\x1f%s' "$tx" "$id" | b64url)\", "
    done
    echo "},"
    echo "  tokens = {"
    for role in INSPECTOR STEERING DASHBOARD ADMIN; do
        echo "    $role = {$(awk -v r=$role '$1 == r {printf "\"%s\", ", $2}' "$OUT/tokens.txt")},"
    done
    echo "  },"
    echo "  liaisons = {"
    # open problems with room for measures: a problem takes at most 50 (MeasureService.MAX_PER_PROBLEM),
    # and every run adds some, so the fullest are left out
    while IFS=';' read -r token unit _; do
        row=$($Q "SELECT (SELECT string_agg(id::text, ',') FROM (SELECT id FROM problem WHERE unit_id = $unit
                AND status IN ('REGISTERED', 'IN_RECTIFICATION') AND deadline > '$TODAY' AND measure_count <= 40
                ORDER BY id LIMIT 100) a),
            (SELECT string_agg(m.id::text, ',') FROM (SELECT m.id FROM measure m JOIN problem p ON p.id = m.problem_id
                WHERE m.unit_id = $unit AND m.status = 'IN_PROGRESS' AND p.status = 'IN_RECTIFICATION'
                ORDER BY m.id LIMIT 100) m)")
        open=${row%%|*}
        measures=${row#*|}
        if [ -n "$open" ] && [ -n "$measures" ]; then
            echo "    {token = \"$token\", unit = $unit, open = {$open}, measures = {$measures}},"
        fi
    done <"$OUT/liaisons.txt"
    echo "  },"
    echo "}"
} >"$OUT/params.lua"

# the filings' twin: client n files for unit unit_min + 100 + n as that unit's liaison, whose account
# id the generator derives from the unit's (checked here for the 64 units the twin may use)
read -r OFFSET OFFSET_MAX <<<"$($Q "SELECT min(id - unit_id), max(id - unit_id) FROM account
    WHERE role = 'LIAISON' AND unit_id BETWEEN $UMIN + 101 AND $UMIN + 164" | tr '|' ' ')"
if [ "$OFFSET" != "$OFFSET_MAX" ]; then
    echo "liaison accounts are not unit id + a constant; the filings' twin cannot find them" >&2
    exit 1
fi
cat >"$OUT/pgbench.args" <<ARGS
-D problem_min=$PMIN -D problem_max=$PMAX -D unit_min=$UMIN -D unit_max=$UMAX -D deep_ts=$DEEP_TS -D deep_id=$DEEP_ID -D feed_tx=$FEED_TX -D feed_id=$FEED_ID -D campaign=$CAMPAIGN -D year=${TODAY%%-*} -D deadline=$DEADLINE -D liaison_offset=$OFFSET -D pid_hi=0 -D pid_next=1 -D eid_hi=0 -D eid_next=1
ARGS
echo "prepared $OUT/params.lua ($(grep -c 'token = ' "$OUT/params.lua") liaisons with writable records, deep page $DEEP_PAGE)"
