#!/usr/bin/env bash
# bench/startup/run.sh: time to steady state of a new API node, with and without ReadyToRun.
#
#   bench/startup/run.sh                                   variants "jit r2r", 3 starts each, alternating
#   STARTUP_VARIANTS="jit r2r jit+DOTNET_TieredPGO=0 r2r+DOTNET_TC_QuickJitForLoops=0" REPEATS=2 bench/startup/run.sh
#   REPEATS=1 STARTUP_MAX_WINDOWS=10 RESULTS_DIR=/tmp/r bench/startup/run.sh          a sanity check of the harness
#
# For every start: empty Redis, start the API process (a variant: `jit` = dotnet build -c Release, `r2r` = dotnet
# publish -c Release -p:PublishReadyToRun=true, each optionally followed by +DOTNET_X=value runtime settings), wait
# for /health/ready, then hammer one warm GET (the same listing over and over: after the first request it comes from
# Redis) with wrk in STARTUP_WINDOW (2s) windows at STARTUP_CONNECTIONS (32) until two consecutive windows' req/s
# agree within WARM_TOLERANCE (10) percent, at most STARTUP_MAX_WINDOWS (30). Reported per start: seconds from
# process start to ready, to the first answer, to steady (end of the second agreeing window), the windows' req/s,
# and the 1-minute load average. Variants alternate start by start so they share the machine's state.
#
# Data: a small seeded set (LISTINGS=2000 BOOKINGS=20000 by default; the probe needs only one listing). Its own
# PostgreSQL (127.0.0.1:55494) and Redis (127.0.0.1:56494), data under /var/tmp/airbnbclone-bench-startup-<sha>;
# ports BENCH_PG_PORT, BENCH_REDIS_PORT, BENCH_API_PORT (5094). Results: RESULTS_DIR (bench/results)/startup-*.jsonl.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
LISTINGS="${LISTINGS:-2000}"
BOOKINGS="${BOOKINGS:-20000}"
STARTUP_VARIANTS="${STARTUP_VARIANTS:-jit r2r}"
REPEATS="${REPEATS:-3}"
STARTUP_WINDOW="${STARTUP_WINDOW:-2s}"
STARTUP_MAX_WINDOWS="${STARTUP_MAX_WINDOWS:-30}"
STARTUP_CONNECTIONS="${STARTUP_CONNECTIONS:-32}"
PG_PORT="${BENCH_PG_PORT:-55494}"
REDIS_PORT="${BENCH_REDIS_PORT:-56494}"
BENCH_DB="${BENCH_DB:-bench}"
API_PORT="${BENCH_API_PORT:-5094}"
RESULTS_DIR="${RESULTS_DIR:-$REPO/bench/results}"
ROOT="/var/tmp/airbnbclone-bench-startup-$(printf '%s' "$REPO" | sha1sum | cut -c1-8)"
OUT="$ROOT/results"
# shellcheck source=bench/servers.sh
source "$REPO/bench/servers.sh"
# shellcheck source=bench/steady.sh
source "$REPO/bench/steady.sh"
rm -f "$OUT"/.built-*
WARM_ROUND="$STARTUP_WINDOW"
WARM_MAX_ROUNDS="$STARTUP_MAX_WINDOWS"

# --- builds (each once) and data ---------------------------------------------------------------
: >"$OUT/build.log"
declare -A DLL
for variant in $STARTUP_VARIANTS; do
    build="${variant%%+*}"
    [ -n "${DLL[$build]:-}" ] || DLL[$build]="$(build_api "$build")"
done
ANY_DLL="${DLL[${STARTUP_VARIANTS%%[+ ]*}]}"
if [ "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM pg_tables WHERE tablename = 'properties'")" = 1 ] &&
   [ "$("${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT count(*) FROM properties WHERE status = 'listed'")" -gt 0 ]; then
    log "reusing the seeded database (delete $ROOT to start over)"
    ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$ANY_DLL" migrate >/dev/null 2>&1 || true
else
    log "seed --listings $LISTINGS --bookings $BOOKINGS (the ./build.sh seed verb, on the bench database)"
    ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning dotnet "$ANY_DLL" seed --listings "$LISTINGS" --bookings "$BOOKINGS"
fi
"${PSQL[@]}" -d "$BENCH_DB" -tAc "SELECT id FROM properties WHERE status = 'listed' ORDER BY md5(id::text) LIMIT 1" >"$OUT/hot-ids.txt"
: >"$OUT/cities.txt"
URL_PATH="/api/v1/properties/$(head -n 1 "$OUT/hot-ids.txt")"

# --- starts --------------------------------------------------------------------------------------
RESULTS="$OUT/startup.jsonl"
: >"$RESULTS"

one_window() {
    wrk -t2 -c"$STARTUP_CONNECTIONS" -d"$1" --timeout 5s -s "$REPO/bench/listings/scenarios.lua" "http://127.0.0.1:$API_PORT" -- get-one "$OUT" |
        { grep '^RESULT ' || true; } | cut -c8-
}

for repeat in $(seq "$REPEATS"); do
    for variant in $STARTUP_VARIANTS; do
        build="${variant%%+*}"
        extra=()
        [ "$variant" = "$build" ] || IFS='+' read -r -a extra <<<"${variant#*+}"
        for assignment in "${extra[@]}"; do
            [[ $assignment =~ ^DOTNET_[A-Za-z0-9_]+=[^[:space:]]*$ ]] || die "variant $variant: '$assignment' is not a DOTNET_*=value assignment"
        done
        redis-cli -p "$REDIS_PORT" flushall >/dev/null
        log "start $repeat/$REPEATS: $variant (load $(load1))"
        load_before="$(load1)"
        t0="$(now_s)"
        start_api "${DLL[$build]}" "$API_PORT" "$OUT/api-$variant-$repeat.log" "${extra[@]}"
        for _ in $(seq 600); do curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/health/ready" 2>/dev/null && break; sleep 0.05; done
        ready="$(elapsed "$t0" "$(now_s)")"
        curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT$URL_PATH" || die "GET $URL_PATH failed (see $OUT/api-$variant-$repeat.log)"
        first="$(elapsed "$t0" "$(now_s)")"
        warm_until_steady "$variant" one_window
        steady_at="$(elapsed "$t0" "$(now_s)")"
        last_rps="$(sed -nE 's/.*"rps":\[([0-9.,]*)\].*/\1/p' <<<"$WARMUP_JSON" | tr ',' '\n' | tail -n 1)"
        stop_pid "$API_PID"
        printf '{"variant":"%s","build":"%s","env":"%s","apiRuntimeEnv":"%s","repeat":%s,"readySeconds":%s,"firstAnswerSeconds":%s,"steadySeconds":%s,"steadyRps":%s,"loadBefore":%s,"loadAfter":%s,"windows":%s}\n' \
            "$variant" "$build" "${extra[*]}" "$API_RUNTIME_ENV" "$repeat" "$ready" "$first" "$steady_at" "${last_rps:-0}" \
            "$load_before" "$(load1)" "$WARMUP_JSON" >>"$RESULTS"
        printf '  %-40s ready %5ss  first answer %5ss  steady %6ss (%s windows%s) at %s req/s\n' "$variant" "$ready" "$first" "$steady_at" \
            "$(json_number rounds "$WARMUP_JSON")" "$(grep -q '"steady":true' <<<"$WARMUP_JSON" || echo ', NOT steady')" "${last_rps:-?}" >&2
    done
done

# --- summary ---------------------------------------------------------------------------------------
python3 - "$RESULTS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print("==> time to steady state (median of the starts; a shared machine makes these indicative only)", file=sys.stderr)
for variant in dict.fromkeys(r["variant"] for r in rows):
    rs = [r for r in rows if r["variant"] == variant]
    med = lambda k: statistics.median(r[k] for r in rs)
    unsteady = sum(1 for r in rs if not r["windows"]["steady"])
    print(f"  {variant:40s} starts {len(rs)}  ready {med('readySeconds'):5.1f} s  steady {med('steadySeconds'):6.1f} s "
          f"at {med('steadyRps'):9.1f} req/s" + (f"  ({unsteady} NOT steady)" if unsteady else ""), file=sys.stderr)
PY
mkdir -p "$RESULTS_DIR"
cp "$RESULTS" "$RESULTS_DIR/startup-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
log "results: $RESULTS (kept in $RESULTS_DIR)"
