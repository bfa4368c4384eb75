#!/usr/bin/env bash
# bench/steady.sh: sourced by the benchmark scripts after bench/servers.sh. The steady-state rule, how the API is
# built and started, and the load average.
#
# Steady state (docs/PERFORMANCE.md, "Method"): a freshly started .NET process keeps getting faster for tens of
# seconds (tiered JIT, dynamic PGO, pools), so a fixed short warm-up measures the JIT, not the code. Before every
# measurement the process under test is driven with the scenario itself in rounds of WARM_ROUND (default 5s) until
# two consecutive rounds' req/s agree within WARM_TOLERANCE percent (default 10: |a - b| <= 10% of the larger), or
# WARM_MAX_ROUNDS rounds (default 12) have run: then the result says "steady": false. One line per round on stderr.
#
# The API build (every script): API_BUILD=jit (default: `dotnet build -c Release`) or API_BUILD=r2r (`dotnet publish
# -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true`: precompiled code, still tiered up by the
# JIT). API_RUNTIME_ENV="DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=1 DOTNET_ReadyToRun=0 ..." is passed to the
# API process (DOTNET_* assignments only). Both are recorded in every result line.
# WARM_MIN_ROUNDS (default 2: the plain rule) makes the rule wait for more rounds on a machine where two rounds can
# agree by chance while the process is still speeding up.
# shellcheck shell=bash
set -euo pipefail

WARM_ROUND="${WARM_ROUND:-5s}"
WARM_MIN_ROUNDS="${WARM_MIN_ROUNDS:-2}"
WARM_MAX_ROUNDS="${WARM_MAX_ROUNDS:-12}"
WARM_TOLERANCE="${WARM_TOLERANCE:-10}"
API_BUILD="${API_BUILD:-jit}"
API_RUNTIME_ENV="${API_RUNTIME_ENV:-}"

case "$API_BUILD" in jit | r2r) ;; *) die "API_BUILD must be jit or r2r (got '$API_BUILD')" ;; esac
for assignment in $API_RUNTIME_ENV; do
    [[ $assignment =~ ^DOTNET_[A-Za-z0-9_]+=[^[:space:]]*$ ]] || die "API_RUNTIME_ENV: '$assignment' is not a DOTNET_*=value assignment"
done
[[ $WARM_MAX_ROUNDS =~ ^[0-9]+$ ]] && [ "$WARM_MAX_ROUNDS" -ge 2 ] || die "WARM_MAX_ROUNDS must be a number >= 2"
[[ $WARM_MIN_ROUNDS =~ ^[0-9]+$ ]] && [ "$WARM_MIN_ROUNDS" -ge 2 ] && [ "$WARM_MIN_ROUNDS" -le "$WARM_MAX_ROUNDS" ] ||
    die "WARM_MIN_ROUNDS must be a number from 2 to WARM_MAX_ROUNDS"

load1() { cut -d' ' -f1 /proc/loadavg; }
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# json_number FIELD JSON: a number field of a flat RESULT line.
json_number() { sed -nE "s/.*\"$1\":(-?[0-9.]+).*/\1/p" <<<"$2"; }

# agree A B: true when A and B differ by at most WARM_TOLERANCE percent of the larger (and are not both 0).
agree() { awk -v a="$1" -v b="$2" -v t="${3:-$WARM_TOLERANCE}" 'BEGIN { m = a > b ? a : b; d = a - b; if (d < 0) d = -d; exit !(m > 0 && d <= m * t / 100) }'; }

# build_api BUILD: builds the API that way (once per script run) and prints the path of its dll. Logs to $OUT/build.log.
build_api() {
    local build="$1" dir
    case "$build" in
        jit)
            dir="$REPO/src/WebApi/bin/Release/net10.0"
            if [ ! -f "$OUT/.built-jit" ]; then
                log "dotnet build (Release): the API"
                dotnet build "$REPO/src/WebApi" -c Release -v quiet -nologo >>"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log" >&2; die "API build failed"; }
                touch "$OUT/.built-jit"
            fi
            ;;
        r2r)
            dir="$ROOT/api-r2r"
            if [ ! -f "$OUT/.built-r2r" ]; then
                # The R2R compiler (microsoft.netcore.app.crossgen2.linux-x64) and the runtime packs come from the NuGet
                # feed, in the runtime's version the SDK picks; they restored from this project's mirror on 2026-12-02.
                log "dotnet publish (Release, ReadyToRun, linux-x64): the API -> $dir"
                rm -rf "$dir"
                dotnet publish "$REPO/src/WebApi" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
                    -o "$dir" -v quiet -nologo >>"$OUT/build.log" 2>&1 ||
                    { tail -30 "$OUT/build.log" >&2; die "ReadyToRun publish failed (does microsoft.netcore.app.crossgen2.linux-x64 restore?)"; }
                touch "$OUT/.built-r2r"
            fi
            ;;
        *) die "unknown build '$build'" ;;
    esac
    printf '%s\n' "$dir/AirbnbClone.WebApi.dll"
}

# start_api DLL PORT LOG [EXTRA_ENV...]: starts the API in the background (Production, warnings only) with
# API_RUNTIME_ENV and EXTRA_ENV; sets API_PID and adds it to PIDS. The reads rate limit (per client address, ADR 0013)
# is lifted: every load generator here is one address.
start_api() {
    local dll="$1" port="$2" logfile="$3"
    shift 3
    # shellcheck disable=SC2086 # API_RUNTIME_ENV is a list of checked assignments
    env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Jwt__SigningKey="bench-only-signing-key-0123456789abcdef" \
        RateLimiting__ReadsPerMinute=1000000000 \
        $API_RUNTIME_ENV "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" >"$logfile" 2>&1 &
    API_PID=$!
    PIDS+=("$API_PID")
}

# stop_pid PID: stops one process this script started and forgets it.
stop_pid() {
    local pid="$1" kept=() p
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for p in "${PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
    PIDS=("${kept[@]}")
}

wait_http() { for _ in $(seq 240); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.25; done; die "$1 did not answer"; }

# warm_until_steady LABEL RUN_FN: calls `RUN_FN DURATION` (which prints one RESULT JSON object on stdout and may keep
# state: it is not run in a subshell) with WARM_ROUND until two consecutive rounds agree; sets WARMUP_JSON to
# {"rounds","seconds","steady","roundDuration","tolerancePct","minRounds","rps":[...],"load1":[...]}.
warm_until_steady() {
    local label="$1" fn="$2" start round=0 rps prev="" steady=false line load note rps_list="" load_list=""
    start="$(now_s)"
    while [ "$round" -lt "$WARM_MAX_ROUNDS" ]; do
        round=$((round + 1))
        "$fn" "$WARM_ROUND" >"$OUT/round.json"
        line="$(cat "$OUT/round.json")"
        rps="$(json_number rps "$line")"
        [ -n "$rps" ] || { printf '%s\n' "$line" >&2; die "$label: wrk printed no result"; }
        load="$(load1)"
        rps_list+="${rps_list:+,}$rps"
        load_list+="${load_list:+,}$load"
        note="first round"
        if [ -n "$prev" ]; then
            note="$(awk -v a="$prev" -v b="$rps" 'BEGIN { printf "%+.0f%% vs previous", (b - a) * 100 / (a > 0 ? a : 1) }')"
            if [ "$round" -ge "$WARM_MIN_ROUNDS" ] && agree "$prev" "$rps"; then
                steady=true
                note+=", steady"
            fi
        fi
        printf '    warm-up %-28s round %2d/%d: %9.1f req/s  p99 %7s ms  load %5s  (%s)\n' \
            "$label" "$round" "$WARM_MAX_ROUNDS" "$rps" "$(json_number p99 "$line")" "$load" "$note" >&2
        [ "$steady" = true ] && break
        prev="$rps"
    done
    [ "$steady" = true ] || printf '    warm-up %-28s NOT STEADY after %d rounds (cap WARM_MAX_ROUNDS)\n' "$label" "$round" >&2
    # shellcheck disable=SC2034 # read by the scripts that source this file
    WARMUP_JSON="$(printf '{"rounds":%d,"seconds":%s,"steady":%s,"roundDuration":"%s","tolerancePct":%s,"minRounds":%s,"rps":[%s],"load1":[%s]}' \
        "$round" "$(elapsed "$start" "$(now_s)")" "$steady" "$WARM_ROUND" "$WARM_TOLERANCE" "$WARM_MIN_ROUNDS" "$rps_list" "$load_list")"
}

# runtime_json: how the API was built and run, for the result lines.
runtime_json() {
    printf '{"apiBuild":"%s","apiRuntimeEnv":"%s","dotnet":"%s"}' "$API_BUILD" "$API_RUNTIME_ENV" "$(dotnet --version)"
}
