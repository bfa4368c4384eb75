#!/usr/bin/env bash
# bench/listings/run.sh: the listings benchmark. Writes the "## Listings" section of docs/PERFORMANCE.md.
#
#   bench/listings/run.sh            100,000 listings, 1,000,000 bookings, 10 s per scenario at 32 and 64 connections
#   LISTINGS=20000 BOOKINGS=200000 DURATION=5s CONNECTIONS="32" bench/listings/run.sh     a quicker look
#
# Its own PostgreSQL (127.0.0.1:55490) and Redis (127.0.0.1:56490), data under /var/tmp/airbnbclone-bench-<sha>,
# so it never disturbs ./build.sh run or test. Seeds with the product's own `seed --listings N --bookings N` verb
# (what ./build.sh seed runs), starts the API (Release) and the baseline (bench/Baseline, raw Npgsql, same SQL),
# and drives both with wrk (Debian package, installed when missing). Stops what it started.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
HERE="$REPO/bench/listings"
LISTINGS="${LISTINGS:-100000}"
BOOKINGS="${BOOKINGS:-1000000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32 64}"
PG_PORT="${BENCH_PG_PORT:-55490}"
REDIS_PORT="${BENCH_REDIS_PORT:-56490}"
BENCH_DB="${BENCH_DB:-bench}"
API_PORT="${BENCH_API_PORT:-5090}"
BASE_PORT="${BENCH_BASELINE_PORT:-5091}"
ROOT="/var/tmp/airbnbclone-bench-$(printf '%s' "$REPO" | sha1sum | cut -c1-8)"
OUT="$ROOT/results"
# shellcheck source=bench/servers.sh
source "$REPO/bench/servers.sh"

# --- build and seed ----------------------------------------------------------------------------
log "dotnet build (Release): API and baseline"
dotnet build "$REPO/src/WebApi" -c Release -v quiet -nologo >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "build failed"; }
dotnet build "$REPO/bench/Baseline" -c Release -v quiet -nologo >>"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "baseline build failed"; }
API_DLL="$REPO/src/WebApi/bin/Release/net10.0/AirbnbClone.WebApi.dll"
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
wait_http() { for _ in $(seq 120); do curl -fsS -o /dev/null "$1" && return 0; sleep 0.5; done; die "$1 did not answer"; }
log "starting the API (Release) on 127.0.0.1:$API_PORT"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Jwt__SigningKey="bench-only-signing-key-0123456789abcdef" \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT" >"$OUT/api.log" 2>&1 &
PIDS+=($!)
log "starting the baseline (raw Npgsql) on 127.0.0.1:$BASE_PORT"
dotnet "$BASE_DLL" --urls "http://127.0.0.1:$BASE_PORT" >"$OUT/baseline.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$API_PORT/health/ready"
wait_http "http://127.0.0.1:$BASE_PORT/api/v1/properties?city=Paris"

# --- measurements ------------------------------------------------------------------------------
RESULTS="$OUT/results.jsonl"
: >"$RESULTS"

# measure TARGET SCENARIO CONNECTIONS [warm]
measure() {
    local target="$1" scenario="$2" conns="$3" port="$API_PORT" hits misses line
    [ "$target" = baseline ] && port="$BASE_PORT"
    if [ "$target" = api ]; then
        case "$scenario" in
            *-cold) redis-cli -p "$REDIS_PORT" flushall >/dev/null ;;
            *-warm) wrk -t2 -c"$conns" -d3s -s "$HERE/scenarios.lua" "http://127.0.0.1:$port" -- "$scenario" "$OUT" >/dev/null ;;
        esac
    else
        # The baseline has no cache: a short run warms its connection pool and the JIT like the API's warm-up does.
        wrk -t2 -c"$conns" -d2s -s "$HERE/scenarios.lua" "http://127.0.0.1:$port" -- "$scenario" "$OUT" >/dev/null
    fi
    # Every cache miss stores a new entry: the growth of the key count is the number of misses.
    keys="$(redis-cli -p "$REDIS_PORT" dbsize)"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    line="$(wrk -t2 -c"$conns" -d"$DURATION" --timeout 5s -s "$HERE/scenarios.lua" "http://127.0.0.1:$port" -- "$scenario" "$OUT" | grep '^RESULT ' | cut -c8-)"
    keys=$(($(redis-cli -p "$REDIS_PORT" dbsize) - keys))
    printf '{"target":"%s","scenario":"%s","connections":%s,"cacheStores":%s,"loadBefore":%s,"wrk":%s}\n' \
        "$target" "$scenario" "$conns" "$keys" "$load" "$line" | tee -a "$RESULTS" >&2
}

for conns in $CONNECTIONS; do
    for scenario in get-cold get-warm city-cold city-warm box-cold box-warm amen-cold amen-warm; do
        measure api "$scenario" "$conns"
    done
    for scenario in get-cold city-cold box-cold amen-cold; do
        measure baseline "$scenario" "$conns"
    done
done

# --- plans and report --------------------------------------------------------------------------
# Twice: the first pass warms the buffer cache, the second is the one reported.
"${PSQL[@]}" -d "$BENCH_DB" -f "$HERE/explain.sql" >/dev/null 2>&1
"${PSQL[@]}" -d "$BENCH_DB" -f "$HERE/explain.sql" >"$OUT/explain.txt" 2>&1
# Each run is kept in bench/results/ (commit it); the report shows every kept run, oldest first.
mkdir -p "$REPO/bench/results"
cp "$RESULTS" "$REPO/bench/results/listings-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
python3 "$HERE/report.py" "$(ls "$REPO"/bench/results/listings-*.jsonl | sort | paste -sd, -)" "$OUT/explain.txt" "$REPO/docs/PERFORMANCE.md" \
    "$LISTINGS" "$BOOKINGS" "$DURATION" "$("${PSQL[@]}" -d "$BENCH_DB" -tAc 'SELECT version()')" "$(redis-server --version)"
log "results: $RESULTS; docs/PERFORMANCE.md updated (section '## Listings')"
