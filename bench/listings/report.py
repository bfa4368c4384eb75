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
    if r["target"] != "api":
        return "-"
    requests = r["wrk"]["requests"]
    return f"{100 * max(0, requests - r['cacheStores']) / max(1, requests):.0f}%"


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem_gb = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 1024 / 1024
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
connections = sorted({r["connections"] for r in rows})

out = ["## Listings", ""]
out.append(f"Measured by `bench/listings/run.sh` (LISTINGS={listings} BOOKINGS={bookings} DURATION={duration}) on "
           f"{os.cpu_count()} vCPU ({cpu}), {mem_gb:.0f} GB RAM, {platform.system()} {platform.release()}; .NET SDK {dotnet}; "
           f"{pg_version.split(',')[0]}; {redis_version.split(' sha')[0]}. wrk (2 threads), the API, the baseline, PostgreSQL and Redis all "
           "share these cores, so every figure is CPU-bound and latency includes queueing.")
out.append("")
out.append("Cache hits = share of requests answered from Redis during the measured run (requests minus the entries the run stored; "
           "cold runs start from an empty Redis and draw from hundreds of thousands of distinct queries or walk every listing once). "
           "Load = the machine's 1-minute load average just before the run: other work on the machine shows up there. "
           "Baseline = `bench/Baseline`: the same SQL over raw Npgsql in a bare minimal API, no cache.")
out.append("")
for number, run in enumerate(runs, start=1):
    rows = run
    if len(runs) > 1:
        out.append(f"### Run {number} of {len(runs)} (load average before each measurement: {loads(run)})")
        out.append("")
    out.append("| scenario | conns | API req/s | API p50 ms | API p99 ms | cache hits | load | baseline req/s | baseline p50 ms | baseline p99 ms | API / baseline |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for conns in connections:
        for scenario, name in NAMES.items():
            r = find("api", scenario, conns)
            if r is None:
                continue
            b = find("baseline", scenario.replace("-warm", "-cold"), conns)
            w = r["wrk"]
            errors = f" ({w['errors']} errors)" if w["errors"] else ""
            if b:
                bw = b["wrk"]
                base = f"{bw['rps']:,.0f} | {bw['p50']:.1f} | {bw['p99']:.1f} | {100 * w['rps'] / bw['rps']:.0f}%"
            else:
                base = "- | - | - | -"
            out.append(f"| {name}{errors} | {conns} | {w['rps']:,.0f} | {w['p50']:.1f} | {w['p99']:.1f} | {hit_ratio(r)} | {r['loadBefore']:.1f} | {base} |")
    out.append("")

    out.append("#### Targets" if len(runs) > 1 else "### Targets")
    out.append("")
    out.append("| target | measured | verdict |")
    out.append("|---|---|---|")
    for scenario in ["city-cold", "city-warm", "box-cold", "box-warm", "amen-cold", "amen-warm"]:
        r = find("api", scenario, 32)
        if r:
            p99 = r["wrk"]["p99"]
            out.append(f"| {NAMES[scenario]}: p99 <= 25 ms at 32 connections | {p99:.1f} ms | {'met' if p99 <= 25 else 'MISSED'} |")
    for scenario in ["get-cold", "get-warm"]:
        for conns in connections:
            r, b = find("api", scenario, conns), find("baseline", "get-cold", conns)
            if r and b:
                ratio = r["wrk"]["rps"] / b["wrk"]["rps"]
                out.append(f"| {NAMES[scenario]} >= 85% of the baseline's req/s ({conns} connections) | {100 * ratio:.0f}% "
                           f"({r['wrk']['rps']:,.0f} vs {b['wrk']['rps']:,.0f}) | {'met' if ratio >= 0.85 else 'MISSED'} |")
    for kind in ["city", "box", "amen"]:
        for conns in connections:
            cold, warm = find("api", f"{kind}-cold", conns), find("api", f"{kind}-warm", conns)
            if cold and warm:
                ratio = warm["wrk"]["rps"] / cold["wrk"]["rps"]
                out.append(f"| {NAMES[kind + '-warm'].replace(', warm', '')}: warm >= 3x cold req/s ({conns} connections) | {ratio:.1f}x | {'met' if ratio >= 3 else 'MISSED'} |")
    out.append("")

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
