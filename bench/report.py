"""Turns bench/run.sh's results (one JSON line per run) into the dated markdown results table."""
import argparse
import json

p = argparse.ArgumentParser()
for name in ["results", "scale", "date", "duration", "ready-ms", "ready-cpu-ms", "idle-rss", "mix-rss", "export", "db",
             "counts", "load"]:
    p.add_argument("--" + name, required=True)
p.add_argument("--reads-rss", help="highest RSS before the write mixes began (the data as loaded)")
p.add_argument("--end-problems", help="problems in the database after the write mixes")
p.add_argument("--other", help="the other scale's results, for the dashboard's 10k vs 100k comparison")
a = p.parse_args()
runs = {}
with open(a.results) as f:
    for line in f:
        r = json.loads(line)
        runs[(r["mix"], r["kind"], r["conns"])] = r["result"]
national = a.scale == "national"
units, problems, measures, entries = a.counts.split("|")
out = []
w = out.append


def fmt(x, digits=1):
    return "–" if x is None else f"{x:,.{digits}f}"


def cpu_per_request(r):
    """Client + service + backend CPU per request, in µs; None without a measurement."""
    if not r or not r.get("requests") or "cpu_db_ms" not in r:
        return None
    return (r["cpu_client_ms"] + r["cpu_service_ms"] + r["cpu_db_ms"]) * 1000 / r["requests"]


def verdict(ok):
    return "met" if ok else "**missed**"


w(f"# Benchmark results — {a.date}, {a.scale} scale\n")
w(f"Command: `bench/run.sh --scale {a.scale} --duration {a.duration}` · data the reads ran on (the write mixes add to it): {int(units):,} units, "
  f"{int(problems):,} problems, {int(measures):,} measures, {int(entries):,} ledger entries in `{a.db}` · "
  f"machine: 2 cores shared by the service, PostgreSQL and the load generator (load average after the run: "
  f"{a.load}). "
  f"Absolute figures are noisy; the service/pgbench ratios, measured side by side, are the headline.\n")
w("## Reads: the service against its own SQL (pgbench, same concurrency, run right after)\n")
w("| mix | conns | service req/s | p50 ms | p99 ms | errors | pgbench tx/s | pgbench p50 / p99 ms | throughput ratio "
  "| CPU µs/request: service / pgbench | CPU ratio | target |")
w("|---|---|---|---|---|---|---|---|---|---|---|---|")
targets = []
for mix, label in [("list", "problem list, 50 rows, filtered"), ("detail", "problem detail + measures + 20 entries"),
                   ("feed", "global ledger feed, 50 entries"), ("page-first", "unfiltered list, page 1"),
                   ("page-deep", "unfiltered list, deep page")]:
    s = runs.get((mix, "service", 32))
    g = runs.get((mix, "pgbench", 32))
    if not s:
        continue
    ratio = s["rps"] / g["rps"] if g and g["rps"] else None
    cs, cg = cpu_per_request(s), cpu_per_request(g)
    cpu_ratio = cg / cs if cs and cg else None
    target = ""
    if mix in ("list", "detail"):
        ok = ratio is not None and ratio >= 0.4 and (mix == "detail" or s["p99_ms"] < 50 or not national)
        ok_cpu = cpu_ratio is not None and cpu_ratio >= 0.4
        target = f"≥ 40 %{', p99 < 50 ms' if mix == 'list' else ''}: {verdict(ok)} (by CPU: {verdict(ok_cpu)})"
        targets.append((f"{mix} ≥ 40 % of pgbench{', p99 < 50 ms' if mix == 'list' else ''} "
                        f"(throughput {fmt(ratio * 100 if ratio else None, 0)} %, by CPU {fmt(cpu_ratio * 100 if cpu_ratio else None, 0)} %)",
                        ok))
    errors = s["socket_errors"] + s["non2xx"]
    w(f"| {label} | 32 | {fmt(s['rps'])} | {fmt(s['p50_ms'], 2)} | {fmt(s['p99_ms'], 2)} | {errors} | "
      f"{fmt(g['rps']) if g else '–'} | {fmt(g['p50_ms'], 2) if g else '–'} / {fmt(g['p99_ms'], 2) if g else '–'} | "
      f"{fmt(ratio * 100, 0) + ' %' if ratio else '–'} | {fmt(cs, 0)} / {fmt(cg, 0)} | "
      f"{fmt(cpu_ratio * 100, 0) + ' %' if cpu_ratio else '–'} | {target} |")
floor = runs.get(("floor", "service", 32))
if floor:
    w(f"\nThe floor — an authenticated request that runs no SQL (`GET /api/v1/me`, token from the cache), "
      f"32 connections: {fmt(floor['rps'])} req/s, p50 {fmt(floor['p50_ms'], 2)} ms, "
      f"CPU {fmt(cpu_per_request(floor), 0)} µs/request (client + service). Every read above pays it before its "
      f"own work.")
first, deep = runs.get(("page-first", "service", 32)), runs.get(("page-deep", "service", 32))
if first and deep:
    cost = deep["p50_ms"] / first["p50_ms"] if first["p50_ms"] else None
    ok = cost is not None and cost <= 1.2
    targets.append((f"deep page costs ≤ 1.2× page 1 (p50 {fmt(deep['p50_ms'], 2)} vs {fmt(first['p50_ms'], 2)} ms "
                    f"= {fmt(cost, 2)}×)", ok))
dash = runs.get(("dashboard", "service", 32))
if dash:
    ok = dash["p99_ms"] < 50
    w(f"\nDashboard summary, 32 connections: {fmt(dash['rps'])} req/s, p50 {fmt(dash['p50_ms'], 2)} ms, "
      f"p99 {fmt(dash['p99_ms'], 2)} ms, {dash['socket_errors'] + dash['non2xx']} errors.")
    targets.append(("dashboard summary p99 < 50 ms", ok))
    try:
        with open(a.other) as f:
            other = {(r["mix"], r["kind"], r["conns"]): r["result"] for r in map(json.loads, f)}
        o = other.get(("dashboard", "service", 32))
    except (OSError, TypeError):
        o = None
    if o:
        big, small = (dash, o) if national else (o, dash)
        growth = big["p50_ms"] / small["p50_ms"]
        w(f"Same mix at the other scale (same day): p50 {fmt(o['p50_ms'], 2)} ms, p99 {fmt(o['p99_ms'], 2)} ms; "
          f"p50 at 100,000 problems / p50 at 10,000 = {fmt(growth, 2)}×.")
        targets.append((f"dashboard at 100k within 1.5× of 10k ({fmt(growth, 2)}×)", growth <= 1.5))
w("\n## Writes (each with its ledger entry and an Idempotency-Key)\n")
w("Filings run side by side with their pgbench twin (`filing.sql`: the statements one filing sends, with its "
  "COMMIT, at as many clients as writers).\n")
w("| mix | writers | req/s | p50 ms | p99 ms | errors | CPU µs/request: wrk + service + DB | pgbench tx/s | pgbench p50 / p99 ms "
  "| throughput ratio | CPU µs/tx: pgbench + DB | CPU ratio |")
w("|---|---|---|---|---|---|---|---|---|---|---|---|")
wr = runs.get(("writes", "service", 32))
if wr:
    w(f"| liaison mix: file 40 %, measure 20 %, progress 25 %, evidence 15 % | 32 | {fmt(wr['rps'])} | "
      f"{fmt(wr['p50_ms'], 2)} | {fmt(wr['p99_ms'], 2)} | {wr['socket_errors'] + wr['non2xx']} | "
      f"{fmt(cpu_per_request(wr), 0)} | – | – | – | – | – |")
filings = {c: runs.get(("filings", "service", c)) for c in (1, 8, 32)}
for c, r in filings.items():
    if r:
        g = runs.get(("filings", "pgbench", c))
        ratio = r["rps"] / g["rps"] if g and g["rps"] else None
        cs, cg = cpu_per_request(r), cpu_per_request(g)
        cpu_ratio = cg / cs if cs and cg else None
        w(f"| filing a problem | {c} | {fmt(r['rps'])} | {fmt(r['p50_ms'], 2)} | {fmt(r['p99_ms'], 2)} | "
          f"{r['socket_errors'] + r['non2xx']} | {fmt(cs, 0)} | {fmt(g['rps']) if g else '–'} | "
          f"{fmt(g['p50_ms'], 2) if g else '–'} / {fmt(g['p99_ms'], 2) if g else '–'} | "
          f"{fmt(ratio * 100, 0) + ' %' if ratio else '–'} | {fmt(cg, 0)} | "
          f"{fmt(cpu_ratio * 100, 0) + ' %' if cpu_ratio else '–'} |")
if all(filings.values()):
    best = max(r["rps"] for r in filings.values())
    twins = [runs.get(("filings", "pgbench", c)) for c in (1, 8, 32)]
    ceiling = max((g["rps"] for g in twins if g), default=None)
    targets.append((f"≥ 1,000 filings/s (best: {fmt(best, 0)}/s; the same SQL alone: "
                    f"{fmt(ceiling, 0) if ceiling else '–'} tx/s)", best >= 1000))
    # one lock would pin 8 writers at the 1-writer rate; past the two cores' saturation PostgreSQL
    # itself loses throughput from 8 to 32 clients, so 32 is held against what the twin keeps
    t8, t32 = runs.get(("filings", "pgbench", 8)), runs.get(("filings", "pgbench", 32))
    kept = t32["rps"] / t8["rps"] if t8 and t32 and t8["rps"] else 1.0
    targets.append((f"filings scale with writers (1 → 8 → 32: {fmt(filings[1]['rps'], 0)} / {fmt(filings[8]['rps'], 0)} / "
                    f"{fmt(filings[32]['rps'], 0)}/s; 32 keeps {filings[32]['rps'] / filings[8]['rps']:.0%} of 8, "
                    f"the SQL alone {kept:.0%})",
                    filings[8]["rps"] > filings[1]["rps"] * 1.5
                    and filings[32]["rps"] / filings[8]["rps"] >= 0.9 * min(kept, 1.0)))
w("\n## The service process\n")
w(f"- time to ready (launch → `/q/health/ready` UP): **{int(a.ready_ms):,} ms** wall, {int(a.ready_cpu_ms):,} ms of CPU")
w(f"- RSS idle: {a.idle_rss} MB; highest RSS during the mixes: **{a.mix_rss} MB**")
if a.reads_rss:
    w(f"- highest RSS during the reads and the dashboard, on the data as loaded ({int(problems):,} problems): "
      f"{a.reads_rss} MB; the write mixes then grew the data to {int(a.end_problems):,} problems, and RSS with it "
      f"(the dashboard keeps every problem's facts in memory)")
targets.append((f"time to ready < 3 s ({int(a.ready_ms):,} ms)", int(a.ready_ms) < 3000))
targets.append((f"RSS under the full mix < 512 MB ({a.mix_rss} MB"
                 + (f" with the data grown to {int(a.end_problems):,} problems; reads and dashboard on the "
                    f"{int(problems):,} loaded: {a.reads_rss} MB)" if a.reads_rss else ")"), int(a.mix_rss) < 512))
if a.export != "null":
    for e in json.loads(a.export):
        rows = f"{e['rows']:,} rows" if e.get("rows") is not None else "all rows"
        w(f"- export `GET /api/v1/exports/ledger?format={e['format']}` ({rows}, HTTP {e['status']}): {e['seconds']:.1f} s, "
          f"{e['bytes'] / 1e6:,.1f} MB; RSS {e['rss_before']} → {e['rss_after']} MB (peak {e['rss_peak']} MB)")
        targets.append((f"{e['format']} export RSS growth < 100 MB ({e['rss_peak'] - e['rss_before']} MB)",
                        e["status"] == 200 and e["rss_peak"] - e["rss_before"] < 100))
w("\n## Targets (issue 5)\n")
for name, ok in targets:
    w(f"- {verdict(ok)}: {name}")
print("\n".join(out))
