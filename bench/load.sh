#!/usr/bin/env bash
# Creates (or re-creates) the bench database for a scale, migrates it with the service's own
# Flyway (one start of the packaged service) and loads the generated data set into it.
# Usage: bench/load.sh national|tenth [SEED]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-tenth}
SEED=${2:-42}
DB=$(bench_db "$SCALE")
OUT="$REPO_DIR/target/bench/$SCALE"
mkdir -p "$OUT"
build_all
$PG -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
$PG -c "CREATE DATABASE $DB"
trap stop_service EXIT
start_service "$DB" "$OUT/migrate.log"
stop_service
java -cp "$REPO_DIR/target/bench-classes:$APP_CP" BenchData "jdbc:postgresql://127.0.0.1:5432/$DB" "$SCALE" "$SEED" "$OUT"
echo "$DB: $($PG -d "$DB" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
