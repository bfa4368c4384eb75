#!/usr/bin/env bash
# bench/listings/run.sh: the listings benchmark. Writes the "## Listings" section of docs/PERFORMANCE.md.
#
#   bench/listings/run.sh            100,000 listings, 1,000,000 bookings, 10 s per measurement at 32 and 64 connections
#   LISTINGS=20000 BOOKINGS=200000 DURATION=5s CONNECTIONS="32" bench/listings/run.sh     a quicker look
#   LISTINGS=2000 BOOKINGS=20000 DURATION=3s WARM_ROUND=3s WARM_MAX_ROUNDS=3 CONNECTIONS=32 SCENARIOS="get-cold get-warm" \
#       RESULTS_DIR=/tmp/r PERF_DOC=/tmp/perf.md bench/listings/run.sh                a sanity check of the harness itself
#   API_BUILD=r2r API_RUNTIME_ENV="DOTNET_TieredPGO=0" bench/listings/run.sh          the API published ReadyToRun, PGO off
#
# Steady state, not JIT warm-up (bench/steady.sh, docs/PERFORMANCE.md "Method"): for every scenario and connection
# count, the API and then the baseline are each driven with that scenario in WARM_ROUND (5s) rounds until two
# consecutive rounds agree within WARM_TOLERANCE (10) percent, at most WARM_MAX_ROUNDS (12) rounds ("steady": false
# in the result otherwise), then measured for DURATION. API and baseline alternate scenario by scenario, so both see
# the same machine; each result line carries its warm-up (rounds, seconds, req/s per round) and the 1-minute load
# average before and after the measurement. Cold API scenarios empty Redis before every round and the measurement.
#
# Its own PostgreSQL (127.0.0.1:55490) and Redis (127.0.0.1:56490), data under /var/tmp/airbnbclone-bench-<sha>,
# so it never disturbs ./build.sh run or test; ports: BENCH_PG_PORT, BENCH_REDIS_PORT, BENCH_API_PORT (5090),
# BENCH_BASELINE_PORT (5091). Seeds with the product's own `seed --listings N --bookings N` verb (what ./build.sh seed
# runs), starts the API (Release; API_BUILD, API_RUNTIME_ENV) and the baseline (bench/Baseline, raw Npgsql with
# automatic preparation, same SQL), and drives both with wrk (Debian package, installed when missing). Results:
# RESULTS_DIR (bench/results) and PERF_DOC (docs/PERFORMANCE.md). Stops what it started.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
HERE="$REPO/bench/listings"
LISTINGS="${LISTINGS:-100000}"
BOOKINGS="${BOOKINGS:-1000000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32 64}"
SCENARIOS="${SCENARIOS:-health get-cold get-warm city-cold city-warm box-cold box-warm amen-cold amen-warm}"
TARGETS="${TARGETS:-api baseline}"
PG_PORT="${BENCH_PG_PORT:-55490}"
REDIS_PORT="${BENCH_REDIS_PORT:-56490}"
BENCH_DB="${BENCH_DB:-bench}"
API_PORT="${BENCH_API_PORT:-5090}"
BASE_PORT="${BENCH_BASELINE_PORT:-5091}"
RESULTS_DIR="${RESULTS_DIR:-$REPO/bench/results}"
PERF_DOC="${PERF_DOC:-$REPO/docs/PERFORMANCE.md}"
ROOT="/var/tmp/airbnbclone-bench-$(printf '%s' "$REPO" | sha1sum | cut -c1-8)"
OUT="$ROOT/results"
# shellcheck source=bench/servers.sh
source "$REPO/bench/servers.sh"
# shellcheck source=bench/steady.sh
source "$REPO/bench/steady.sh"
rm -f "$OUT"/.built-*

# --- build and seed ----------------------------------------------------------------------------
: >"$OUT/build.log"
API_DLL="$(build_api "$API_BUILD")"
log "dotnet build (Release): the baseline"
dotnet build "$REPO/bench/Baseline" -c Release -v quiet -nologo >>"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "baseline build failed"; }
BASE_DLL="$REPO/bench/Baseline/bin/Release/net10.0/Baseline.dll"

log "seed --listings $LISTINGS --bookings $BOOKINGS (the ./build.sh seed verb, on the bench database)"
ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$API_DLL" seed --listings "$LISTINGS" --bookings "$BOOKINGS"
"${PSQL[@]}" -d "$BENCH_DB" -c "VACUUM ANALYZE"

# --- data files for the scenarios --------------------------------------------------------------
"${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT id FROM properties WHERE status = 'listed' ORDER BY md5(id::text)" >"$OUT/ids.txt"
head -n 1000 "$OUT/ids.txt" >"$OUT/hot-ids.txt"
"${PSQL[@]}" -d "$BENCH_DB" -tAF '|' -c "SELECT city, round(avg(latitude)::numeric, 4), round(avg(longitude)::numeric, 4),
    round(percentile_cont(0.5) WITHIN GROUP (ORDER BY price_per_night)::numeric) FROM properties GROUP BY city ORDER BY city" >"$OUT/cities.txt"
python3 "$HERE/warm_urls.py" "$OUT"

# --- servers under test ------------------------------------------------------------------------
log "starting the API (Release, $API_BUILD${API_RUNTIME_ENV:+, $API_RUNTIME_ENV}) on 127.0.0.1:$API_PORT"
start_api "$API_DLL" "$API_PORT" "$OUT/api.log"
log "starting the baseline (raw Npgsql, automatic preparation) on 127.0.0.1:$BASE_PORT"
dotnet "$BASE_DLL" --urls "http://127.0.0.1:$BASE_PORT" >"$OUT/baseline.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$API_PORT/health/ready"
wait_http "http://127.0.0.1:$BASE_PORT/api/v1/properties?city=Paris"
head -n 1 "$OUT/baseline.log" >&2

# --- measurements ------------------------------------------------------------------------------
RESULTS="$OUT/results.jsonl"
: >"$RESULTS"
RUNTIME="$(runtime_json)"

# one_run DURATION: one wrk run of $TARGET/$SCENARIO/$CONNS; prints its RESULT object. Cold API scenarios start from an
# empty Redis. Sets CACHE_STORES: every cache miss stores a new entry, so the growth of the key count is the misses.
one_run() {
    local port="$API_PORT" keys
    [ "$TARGET" = baseline ] && port="$BASE_PORT"
    [ "$TARGET" = api ] && [[ $SCENARIO == *-cold ]] && redis-cli -p "$REDIS_PORT" flushall >/dev/null
    keys="$(redis-cli -p "$REDIS_PORT" dbsize)"
    wrk -t2 -c"$CONNS" -d"$1" --timeout 5s -s "$HERE/scenarios.lua" "http://127.0.0.1:$port" -- "$SCENARIO" "$OUT" | { grep '^RESULT ' || true; } | cut -c8-
    CACHE_STORES=$(($(redis-cli -p "$REDIS_PORT" dbsize) - keys))
}

# measure TARGET SCENARIO CONNECTIONS: warm that process with that scenario until steady, then measure it.
measure() {
    TARGET="$1" SCENARIO="$2" CONNS="$3"
    local before after line
    warm_until_steady "$TARGET $SCENARIO c$CONNS" one_run
    # Each API node keeps listings in its own memory (L1) for up to 60 s, and the warm-up walked the same ids: wait
    # for those copies to expire, so the measured cold GETs are misses (Redis was emptied too, see one_run).
    if [ "$TARGET" = api ] && [ "$SCENARIO" = get-cold ]; then
        log "waiting 61 s for the API's in-process copies from the warm-up to expire"
        sleep 61
    fi
    before="$(load1)"
    one_run "$DURATION" >"$OUT/measure.json"
    line="$(cat "$OUT/measure.json")"
    after="$(load1)"
    [ "$TARGET" = api ] || CACHE_STORES=0
    printf '{"target":"%s","scenario":"%s","connections":%s,"cacheStores":%s,"loadBefore":%s,"loadAfter":%s,"warmup":%s,"runtime":%s,"wrk":%s}\n' \
        "$TARGET" "$SCENARIO" "$CONNS" "$CACHE_STORES" "$before" "$after" "$WARMUP_JSON" "$RUNTIME" "$line" >>"$RESULTS"
    printf '  %-8s %-9s c%-3s %9.1f req/s  p50 %6s ms  p99 %7s ms  errors %s  load %s -> %s  (warm-up %s rounds, %s s)\n' \
        "$TARGET" "$SCENARIO" "$CONNS" "$(json_number rps "$line")" "$(json_number p50 "$line")" "$(json_number p99 "$line")" \
        "$(json_number errors "$line")" "$before" "$after" "$(json_number rounds "$WARMUP_JSON")" "$(json_number seconds "$WARMUP_JSON")" >&2
}

# API and baseline alternate, scenario by scenario. The baseline has no cache: on a "-warm" scenario it serves the
# same fixed URLs from PostgreSQL (the API / baseline ratio then shows what the cache buys).
for conns in $CONNECTIONS; do
    for scenario in $SCENARIOS; do
        for target in $TARGETS; do
            # The baseline has no health endpoint: /health/live is the API pipeline's own ceiling.
            [ "$scenario" = health ] && [ "$target" = baseline ] && continue
            measure "$target" "$scenario" "$conns"
        done
    done
done

# --- plans and report --------------------------------------------------------------------------
# Twice: the first pass warms the buffer cache, the second is the one reported.
"${PSQL[@]}" -d "$BENCH_DB" -f "$HERE/explain.sql" >/dev/null 2>&1
"${PSQL[@]}" -d "$BENCH_DB" -f "$HERE/explain.sql" >"$OUT/explain.txt" 2>&1
# Each run is kept in RESULTS_DIR (bench/results/: commit it); the report shows every kept steady-state run, oldest first.
mkdir -p "$RESULTS_DIR"
cp "$RESULTS" "$RESULTS_DIR/listings-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
python3 "$HERE/report.py" "$(ls "$RESULTS_DIR"/listings-*.jsonl | sort | paste -sd, -)" "$OUT/explain.txt" "$PERF_DOC" \
    "$LISTINGS" "$BOOKINGS" "$DURATION" "$("${PSQL[@]}" -d "$BENCH_DB" -tAc 'SELECT version()')" "$(redis-server --version)"
log "results: $RESULTS (kept in $RESULTS_DIR); $PERF_DOC updated (section '## Listings')"
