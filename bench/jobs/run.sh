#!/usr/bin/env bash
# bench/jobs/run.sh: the job-queue benchmark. Enqueues 100,000 no-op jobs through IJobQueue, drains them with
# 1, 2 and 4 workers (JobWorker instances in one process, one connection pool), measures enqueue-to-done
# latency at a steady rate, and writes the table into docs/PERFORMANCE.md under "## Jobs".
#
#   bench/jobs/run.sh [--jobs N] [--workers 1,2,4] [--concurrency 64] [--batch 64] [--rate 1000] [--seconds 10]
#
# Uses the PostgreSQL in ConnectionStrings__Database when set; otherwise starts a private PostgreSQL 15 with
# default (durable) settings on 127.0.0.1:${BENCH_PG_PORT:-55471} under /var/tmp and stops it afterwards.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$REPO"
PORT="${BENCH_PG_PORT:-55471}"
DIR="/var/tmp/airbnbclone-jobs-bench"
STARTED=0

pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi; }

if [ -z "${ConnectionStrings__Database:-}" ]; then
    PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
        pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust >/dev/null
    fi
    pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
    STARTED=1
    trap 'pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null' EXIT
    export ConnectionStrings__Database="Host=127.0.0.1;Port=$PORT;Database=postgres;Username=postgres"
fi

OUT="$(mktemp)"
dotnet run -c Release --project bench/jobs -- --out "$OUT" "$@"

DOC=docs/PERFORMANCE.md
[ -f "$DOC" ] || printf '# Performance\n\nMeasured figures, with the command that produced them. Re-run to update.\n' >"$DOC"
SECTION="$(mktemp)"
{
    echo "## Jobs"
    echo
    echo "\`bench/jobs/run.sh $*\` on $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
    echo "PostgreSQL $(pg_config --version 2>/dev/null | awk '{print $2}' || echo 15)$([ "$STARTED" -eq 1 ] && echo ' (private server, default durable settings: fsync and synchronous_commit on)')."
    echo "Workers are JobWorker instances in one process sharing one Npgsql pool (Concurrency 64, BatchSize 64 each);"
    echo "the workers record claims and outcomes with synchronous_commit=off (docs/adr/0005), enqueues are fully durable."
    echo "The benchmark process and PostgreSQL share the same cores, and other work may have been running on the machine"
    echo "(load average $(cut -d' ' -f1-3 /proc/loadavg) when the run ended)."
    echo
    cat "$OUT"
    echo
    echo "- *drain*: 100,000 jobs already queued (enqueued 1,000 per transaction by one producer), time until every one is"
    echo "  recorded as succeeded. *backlog p50/p99* is enqueue-to-done over that run: it includes the whole enqueue phase"
    echo "  (workers start after the last job is queued), so it measures waiting in a backlog, not the worker."
    echo "- *steady*: jobs enqueued one per transaction (as a command does) at a fixed rate while the workers run;"
    echo "  enqueue-to-done is created_at to completed_at (the commit of the batched success update)."
} >"$SECTION"
# Replace an existing "## Jobs" section (up to the next "## " heading), or append one.
awk -v section="$SECTION" '
    BEGIN { while ((getline line < section) > 0) text = text line "\n" }
    /^## Jobs[[:space:]]*$/ { printf "%s", text; skipping = 1; replaced = 1; next }
    skipping && /^## / { skipping = 0; print ""; }
    !skipping { print }
    END { if (!replaced) printf "\n%s", text }
' "$DOC" >"$DOC.tmp" && mv "$DOC.tmp" "$DOC"
rm -f "$OUT" "$SECTION"
echo "==> wrote the Jobs section of $DOC"
