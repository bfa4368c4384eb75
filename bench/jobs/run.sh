#!/usr/bin/env bash
# bench/jobs/run.sh: the job-queue benchmark, and writes its tables into docs/PERFORMANCE.md under "## Jobs".
# Each of --runs runs starts from a fresh database (created and migrated like a new deployment), enqueues --jobs
# no-op jobs through IJobQueue and drains them with --workers JobWorker instances (one process, one connection
# pool). After the last run the burst is drained, analyzed, deleted and vacuumed (what autovacuum and retention
# leave behind after a quiet period) and one more burst runs in that database. Then a steady phase: --producers
# producers enqueue --rate jobs/s in total, one per transaction, for --seconds; it reports enqueue-to-start
# latency. Every job is counted: run twice or lost. Exit status 1 when any job ran twice or was lost.
#
#   bench/jobs/run.sh [--jobs 100000] [--runs 5] [--workers 2] [--concurrency 64] [--batch 64]
#                     [--rate 1000] [--seconds 15] [--producers 32] [--enqueuers 4]
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
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project bench/jobs -- --out "$OUT" "$@"

DOC=docs/PERFORMANCE.md
[ -f "$DOC" ] || printf '# Performance\n\nMeasured figures, with the command that produced them. Re-run to update.\n' >"$DOC"
SECTION="$(mktemp)"
{
    echo "<!-- bench/jobs/run.sh writes from here to the end marker; the text after it is kept -->"
    echo "\`bench/jobs/run.sh $*\` on $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
    echo "PostgreSQL $(pg_config --version 2>/dev/null | awk '{print $2}' || echo 15)$([ "$STARTED" -eq 1 ] && echo ' (private server, default durable settings: fsync and synchronous_commit on)')."
    echo "Workers are JobWorker instances in one process sharing one Npgsql pool (Concurrency 64, BatchSize 64 each);"
    echo "the workers record claims and outcomes with synchronous_commit=off (docs/adr/0005), enqueues are fully durable."
    echo "The benchmark process and PostgreSQL share the same cores, and other work may have been running on the machine"
    echo "(load average $LOAD_BEFORE when the benchmark started, $(cut -d' ' -f1-3 /proc/loadavg) when it ended)."
    echo
    cat "$OUT"
    echo
    echo "- *run 1..N*: each in a fresh database (created, then migrated like a new deployment): jobs enqueued 1,000 per"
    echo "  transaction by --enqueuers producers side by side, then drained by workers started after the last enqueue;"
    echo "  *drain* is the time until every job is recorded as succeeded."
    echo "  *reltuples* -1 means PostgreSQL had never analyzed nor vacuumed the jobs table when the drain started;"
    echo "  *vacuums / analyzes* counts those that had run on the jobs table by the end of the drain (autovacuum and manual)."
    echo "- *after a drained and deleted burst*: the last run's database after its burst was analyzed (all jobs"
    echo "  succeeded), deleted and vacuumed, as autovacuum and retention leave it after a quiet period; then a new burst."
    echo "- *steady*: jobs enqueued one per transaction (as a command does) by several producers sharing the target rate,"
    echo "  while the workers run; enqueue-to-start is from the producer's call to EnqueueAsync (so it includes the"
    echo "  durable commit) to the handler starting."
    echo "- *run twice / lost*: from the handler's own count of every job, and the jobs table (attempts, state)."
    echo "<!-- bench/jobs/run.sh: end -->"
} >"$SECTION"
# Replace what the last run wrote (between the markers) and keep the text around it; without the markers, replace
# the whole "## Jobs" section (up to the next "## " heading), or append one.
if grep -q '^<!-- bench/jobs/run.sh writes' "$DOC"; then
    awk -v section="$SECTION" '
        BEGIN { while ((getline line < section) > 0) text = text line "\n" }
        /^<!-- bench\/jobs\/run.sh writes/ { printf "%s", text; skipping = 1; next }
        skipping && /^<!-- bench\/jobs\/run.sh: end -->/ { skipping = 0; next }
        !skipping { print }
    ' "$DOC" >"$DOC.tmp"
else
    awk -v section="$SECTION" '
        BEGIN { while ((getline line < section) > 0) text = text line "\n" }
        /^## Jobs[[:space:]]*$/ { print; print ""; printf "%s", text; skipping = 1; replaced = 1; next }
        skipping && /^## / { skipping = 0; print ""; }
        !skipping { print }
        END { if (!replaced) printf "\n## Jobs\n\n%s", text }
    ' "$DOC" >"$DOC.tmp"
fi
mv "$DOC.tmp" "$DOC"
rm -f "$OUT" "$SECTION"
echo "==> wrote the Jobs section of $DOC"
