"""Writes the '## Listings' section of docs/PERFORMANCE.md from a run of bench/listings/run.sh."""
import json
import os
import platform
import re
import subprocess
import sys

results_path, explain_path, doc_path, listings, bookings, duration, pg_version, redis_version = sys.argv[1:9]
runs = [[json.loads(line) for line in open(path, encoding="utf-8") if line.strip()] for path in results_path.split(",")]
rows = runs[0]
here = os.path.dirname(os.path.abspath(__file__))

NAMES = {
    "health": "GET /health/live (the pipeline's ceiling)",
    "get-cold": "GET one listing, cache cold",
    "get-warm": "GET one listing, cache warm",
    "city-cold": "search city + dates + guests, cold",
    "city-warm": "search city + dates + guests, warm",
    "box-cold": "search map box + price, cold",
    "box-warm": "search map box + price, warm",
    "amen-cold": "search amenities, cold",
    "amen-warm": "search amenities, warm",
}


def find(target, scenario, conns):
    return next((r for r in rows if r["target"] == target and r["scenario"] == scenario and r["connections"] == conns), None)


def loads(run):
    values = [r["loadBefore"] for r in run]
    return f"{min(values):.1f}-{max(values):.1f}"


def hit_ratio(r):
    if r["target"] != "api" or r["scenario"] == "health":
        return "-"
    requests = r["wrk"]["requests"]
    # Listing details are local-only since issue 9 (each node's memory, never Redis): a cold walk that stored nothing
    # in Redis says nothing about hits, and the measurement starts after the warm-up's in-process copies expired.
    if r["scenario"] == "get-cold" and r["cacheStores"] <= 0:
        return "n/a (not in Redis)"
    # Entries that expired during the run shrink the key count: a negative growth means no stores, not extra hits.
    stores = max(0, r["cacheStores"])
    return f"{100 * max(0, requests - stores) / max(1, requests):.0f}%"


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem_gb = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 1024 / 1024
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()


def steady_state(run):
    """Runs of bench/listings/run.sh since the steady-state rule carry a warm-up record on every line."""
    return all("warmup" in r for r in run)


def warmup(r):
    w = r.get("warmup")
    if not w:
        return "-"
    text = f"{w['rounds']} / {w['seconds']:.0f} s"
    return text if w["steady"] else f"{text} NOT steady"


def baseline_for(scenario, conns):
    # Same URLs when the run measured the baseline on this scenario; runs before the steady-state rule measured the
    # baseline on the cold scenarios only.
    return find("baseline", scenario, conns) or find("baseline", scenario.replace("-warm", "-cold"), conns)


def runtime(run):
    r = run[0].get("runtime") or {}
    build = {"jit": "dotnet build (JIT)", "r2r": "dotnet publish ReadyToRun"}.get(r.get("apiBuild"), "dotnet build (JIT)")
    env = r.get("apiRuntimeEnv")
    return build + (f", {env}" if env else "")


def table(run, number, count, heading):
    global rows
    rows = run
    conns_list = sorted({r["connections"] for r in run})
    lines = []
    if count > 1 or heading != "###":
        lines.append(f"{heading} Run {number} of {count} (load average before each measurement: {loads(run)}; API: {runtime(run)})")
        lines.append("")
    lines.append("| scenario | conns | API req/s | API p50 ms | API p99 ms | cache hits | API warm-up (rounds / s) | API load | "
                 "baseline req/s | baseline p50 ms | baseline p99 ms | baseline warm-up | baseline load | API / baseline |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for conns in conns_list:
        for scenario, name in NAMES.items():
            r = find("api", scenario, conns)
            if r is None:
                continue
            b = baseline_for(scenario, conns)
            w = r["wrk"]
            errors = f" ({w['errors']} errors)" if w["errors"] else ""
            if b:
                bw = b["wrk"]
                base = f"{bw['rps']:,.0f} | {bw['p50']:.1f} | {bw['p99']:.1f} | {warmup(b)} | {b['loadBefore']:.1f} | {100 * w['rps'] / bw['rps']:.0f}%"
            else:
                base = "- | - | - | - | - | -"
            lines.append(f"| {name}{errors} | {conns} | {w['rps']:,.0f} | {w['p50']:.1f} | {w['p99']:.1f} | {hit_ratio(r)} | {warmup(r)} | "
                         f"{r['loadBefore']:.1f} | {base} |")
    lines.append("")

    lines.append("#" * (len(heading) + 1) + " Targets")
    lines.append("")
    lines.append("| target | measured | verdict |")
    lines.append("|---|---|---|")
    for scenario in ["city-cold", "city-warm", "box-cold", "box-warm", "amen-cold", "amen-warm"]:
        r = find("api", scenario, 32)
        if r:
            p99 = r["wrk"]["p99"]
            lines.append(f"| {NAMES[scenario]}: p99 <= 25 ms at 32 connections | {p99:.1f} ms | {'met' if p99 <= 25 else 'MISSED'} |")
    for scenario, target in [("get-cold", 0.85), ("get-warm", 3.0)]:
        for conns in conns_list:
            r, b = find("api", scenario, conns), baseline_for("get-cold", conns)
            if r and b:
                ratio = r["wrk"]["rps"] / b["wrk"]["rps"]
                lines.append(f"| {NAMES[scenario]} >= {target:g}x the baseline's req/s on GET one listing ({conns} connections) | {ratio:.2f}x "
                             f"({r['wrk']['rps']:,.0f} vs {b['wrk']['rps']:,.0f}) | {'met' if ratio >= target else 'MISSED'} |")
    for conns in conns_list:
        r, h = find("api", "get-warm", conns), find("api", "health", conns)
        if r and h:
            ratio = r["wrk"]["rps"] / h["wrk"]["rps"]
            lines.append(f"| {NAMES['get-warm']} >= 0.5x the same API's /health/live req/s ({conns} connections) | {ratio:.2f}x "
                         f"({r['wrk']['rps']:,.0f} vs {h['wrk']['rps']:,.0f}) | {'met' if ratio >= 0.5 else 'MISSED'} |")
    for kind in ["city", "box", "amen"]:
        for conns in conns_list:
            cold, warm = find("api", f"{kind}-cold", conns), find("api", f"{kind}-warm", conns)
            if cold and warm:
                ratio = warm["wrk"]["rps"] / cold["wrk"]["rps"]
                lines.append(f"| {NAMES[kind + '-warm'].replace(', warm', '')}: warm >= 3x cold req/s ({conns} connections) | {ratio:.1f}x | {'met' if ratio >= 3 else 'MISSED'} |")
    unsteady = [r for r in run if r.get("warmup") and not r["warmup"]["steady"]]
    if unsteady:
        lines.append("")
        lines.append("Not steady within the warm-up cap (read these figures as lower bounds of a moving target): "
                     + ", ".join(f"{r['target']} {r['scenario']} c{r['connections']}" for r in unsteady) + ".")
    lines.append("")
    return lines


steady_runs = [run for run in runs if steady_state(run)]
earlier_runs = [run for run in runs if not steady_state(run)]

out = ["## Listings", ""]
out.append(f"Measured by `bench/listings/run.sh` (last run: LISTINGS={listings} BOOKINGS={bookings} DURATION={duration}) on "
           f"{os.cpu_count()} vCPU ({cpu}), {mem_gb:.0f} GB RAM, {platform.system()} {platform.release()}; .NET SDK {dotnet}; "
           f"{pg_version.split(',')[0]}; {redis_version.split(' sha')[0]}. wrk (2 threads), the API, the baseline, PostgreSQL and Redis all "
           "share these cores, so every figure is CPU-bound and latency includes queueing.")
out.append("")
out.append("Every figure is one DURATION measurement of a process already in steady state under that scenario (see \"Method\" above: "
           "warm-up rounds until two consecutive rounds agree within 10%; the warm-up columns give its rounds and seconds). "
           "API and baseline were measured alternately, scenario by scenario. "
           "Cache hits = share of requests answered from Redis during the measured run (requests minus the entries the run stored; "
           "cold runs start from an empty Redis and draw from hundreds of thousands of distinct queries or walk every listing once). "
           "Load = the machine's 1-minute load average just before the measurement: other work on the machine shows up there. "
           "Baseline = `bench/Baseline`: the same SQL over raw Npgsql (automatic preparation on) in a bare minimal API, no cache; "
           "on a warm scenario it serves the same URLs from PostgreSQL.")
out.append("")
out.append("### Steady-state runs")
out.append("")
if not steady_runs:
    out.append("No run with the steady-state rule yet: `bench/listings/run.sh` on a quiet machine fills this table.")
    out.append("")
for number, run in enumerate(steady_runs, start=1):
    out.extend(table(run, number, len(steady_runs), "####" if len(steady_runs) > 1 else "###"))

if earlier_runs:
    out.append("### Earlier runs (before the steady-state rule)")
    out.append("")
    out.append("A 3 s warm-up of the API after its cold run and 2 s for the baseline: the processes were still tiering up their "
               "JIT code, so these figures may understate either side several times over (a fresh API served warm GETs at 3,499, 4,209, "
               "8,802 and 13,853 req/s in four consecutive 5 s runs). Kept for the record; not comparable with the runs above.")
    out.append("")
    for number, run in enumerate(earlier_runs, start=1):
        out.extend(table(run, number, len(earlier_runs), "####"))

notes = os.path.join(here, "notes.md")
if os.path.exists(notes):
    out.append(open(notes, encoding="utf-8").read().rstrip())
    out.append("")

out.append("### Plans on the large data set (`EXPLAIN (ANALYZE, BUFFERS)`, from `bench/listings/explain.sql`)")
out.append("")
plan = open(explain_path, encoding="utf-8").read()
for block in re.split(r"^(?=### )", plan, flags=re.M):
    block = block.strip()
    if not block:
        continue
    title, _, body = block.partition("\n")
    out.append(f"#### {title.lstrip('# ').strip()}")
    out.append("")
    out.append("```")
    out.append("\n".join(l for l in body.splitlines() if l.strip() and not l.startswith("-") and "QUERY PLAN" not in l and not re.match(r"^\(\d+ rows?\)$", l.strip())))
    out.append("```")
    out.append("")

section = "\n".join(out).rstrip() + "\n"
doc = open(doc_path, encoding="utf-8").read() if os.path.exists(doc_path) else "# Performance\n\n"
match = re.search(r"^## Listings\b.*?(?=^## (?!#)|\Z)", doc, flags=re.M | re.S)
if match:
    doc = doc[:match.start()] + section + ("\n" if match.end() < len(doc) else "") + doc[match.end():]
else:
    doc = doc.rstrip() + "\n\n" + section
with open(doc_path, "w", encoding="utf-8") as f:
    f.write(doc)
