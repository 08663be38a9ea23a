"""The phases of the run. Each returns rows for the results table: (check, figure, passed)."""
import http.client
import threading
import time

import env
import load
from client import Client, percentile

GRACE = 5  # seconds after a fault ends during which its errors still count as inside the window


def sustained(setup, rec, acks):
    rec.phase = "sustained"
    stop = threading.Event()
    c = setup["clients"]
    workers = [(load.liaison, (c[f"liaison{i}"], setup, acks, stop, f"s{i}", 0.1)) for i in range(6)]
    workers += [(load.inspector, (c[f"inspector{i}"], setup, acks, stop, f"s{i}", 0.2)) for i in range(2)]
    workers += [(load.dashboard, (c[f"dashboard{i}"], setup, acks, stop, f"s{i}", 0.1)) for i in range(2)]
    threads = load.start(workers)
    rss, t0 = [], time.time()
    while time.time() - t0 < env.DURATION:
        time.sleep(5)
        rss.append((time.time() - t0, env.rss_kb(env.PIDS[0])))
    stop.set()
    for t in threads:
        t.join(200)
    events = rec.in_phase("sustained")
    errors = [e for e in events if e[4] >= 500 or e[4] == 0]
    at_1 = min(rss, key=lambda s: abs(s[0] - 60))
    growth = (rss[-1][1] - at_1[1]) / at_1[1] * 100
    rate = len(events) / env.DURATION
    return [("sustained mixed load", f"{env.DURATION} s, {len(events)} requests ({rate:.0f}/s), "
             f"{sum(len(v) for v in acks.by_kind.values())} acknowledged writes so far", True),
            ("sustained: 5xx or no answer", f"{len(errors)}", not errors),
            ("sustained: RSS minute 1 → end", f"{at_1[1] // 1024} MiB → {rss[-1][1] // 1024} MiB "
             f"({growth:+.1f} %)", growth < 10)]


def health_poller(port, stop, samples):
    while not stop.is_set():
        t = time.time()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/q/health/ready")
            up = conn.getresponse().status == 200
            conn.close()
        except (OSError, http.client.HTTPException):
            up = False
        samples.append((t, up))
        time.sleep(max(0, 0.5 - (time.time() - t)))


def faults(setup, rec, acks):
    rec.phase = "faults"
    c = setup["clients"]
    stop, health_stop, samples = threading.Event(), threading.Event(), []
    poller = threading.Thread(target=health_poller, args=(env.PORTS[0], health_stop, samples), daemon=True)
    poller.start()
    windows = []

    def writers():
        stop.clear()
        return load.start([(load.liaison, (c[f"liaison{i}"], setup, acks, stop, f"f{len(windows)}w{i}", 0.05, False))
                           for i in range(4)])

    def fault(name, action, needs_down):
        time.sleep(15)
        t0 = time.time()
        action()
        windows.append((name, t0, time.time(), needs_down, GRACE))

    terminate = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'taizhang' " \
                "AND pid <> pg_backend_pid()"
    threads = writers()
    fault("terminate all backends (1)", lambda: env.sql(terminate), False)
    fault("terminate all backends (2)", lambda: env.sql(terminate), False)
    fault("stop PostgreSQL 5 s, start", lambda: (env.pg_ctl("-m", "fast", "stop"), time.sleep(5),
                                                 env.start_postgres()), True)
    fault("freeze PostgreSQL 20 s (SIGSTOP)", lambda: env.freeze(20), True)
    time.sleep(15)
    stop.set()
    for t in threads:
        t.join(200)
    t0 = time.time()
    env.pg_ctl("-m", "fast", "restart", "-l", f"{env.WORK}/postgres.log")
    # nobody was writing; the writers that start right after must see no error at all
    windows.append(("restart while idle, then writes", t0, time.time(), False, 0))
    threads = writers()
    time.sleep(20)
    stop.set()
    for t in threads:
        t.join(200)
    health_stop.set()
    poller.join()
    return judge_faults(rec.in_phase("faults"), windows, samples)


def judge_faults(events, windows, samples):
    rows, outside, wrong = [], [], []
    for e in events:
        if e[4] < 500 and e[4] != 0:
            continue
        # a request in flight when the fault began counts as inside too
        inside = any(e[6] >= t0 and e[0] <= t1 + grace for _, t0, t1, _, grace in windows)
        if not inside:
            outside.append(e)
        elif e[4] != 503 or not e[5]:
            wrong.append(e)
    for name, t0, t1, needs_down, grace in windows:
        during = [up for t, up in samples if t0 <= t <= t1]
        ups_after = [t for t, up in samples if t > t1 and up]
        back = (ups_after[0] - t1) if ups_after else None
        errs = [e for e in events if (e[4] >= 500 or e[4] == 0) and e[6] >= t0 and e[0] <= t1 + grace]
        down = during and not all(during)
        ok = back is not None and back <= 5 and (down or not needs_down)
        rows.append((f"fault: {name}", f"{t1 - t0:.1f} s, {len(errs)} × 503 inside the window, ready "
                     f"{'down' if down else 'never down'} during, up {back:.1f} s after" if back is not None
                     else f"{t1 - t0:.1f} s, ready not back", ok))
    rows.append(("faults: errors outside a fault window", str(len(outside)) + examples(outside), not outside))
    rows.append(("faults: errors other than 503 + Retry-After", str(len(wrong)) + examples(wrong), not wrong))
    return rows


def examples(events):
    return "" if not events else " (e.g. " + "; ".join(f"{e[2]} {e[3]} → {e[4]}" for e in events[:3]) + ")"


def two_instances(setup, rec, acks):
    rec.phase = "two-instances"
    c = {k: Client(env.PORTS, v.token, rec) for k, v in setup["clients"].items()}
    stop = threading.Event()
    threads = load.start([(load.liaison, (c[f"liaison{i}"], setup, acks, stop, f"t{i}", 0.1)) for i in range(3)]
                         + [(load.inspector, (c["inspector0"], setup, acks, stop, "t0", 0.2)),
                            (load.dashboard, (c["dashboard0"], setup, acks, stop, "t0", 0.1))])
    rounds, lost = 20, []
    liaison, inspector = c["liaison5"], c["inspector1"]  # not in the load above: no 429 in a race
    _, _, p = liaison.write("POST", "/api/v1/problems", load.problem_body(setup, setup["run"] + "-race"),
                            setup["run"] + "-race")
    acks.add("problem", setup["run"] + "-race", p["id"])
    path = f"/api/v1/problems/{p['id']}"
    for r in range(rounds):
        _, got, _ = liaison.request("GET", path)
        etag, results = got["etag"], []

        def patch(who, port, i):
            status, _, _ = who.request("PATCH", path, {"responsiblePerson": f"负责人{r}-{i}", "reason": "并发"},
                                       {"If-Match": etag}, port=port)
            results.append(status)

        racers = [threading.Thread(target=patch, args=(liaison if i % 2 else inspector, env.PORTS[i % 2], i))
                  for i in range(6)]
        for t in racers:
            t.start()
        for t in racers:
            t.join()
        if sorted(results) != [200] + [412] * 5:
            lost.append(sorted(results))
        time.sleep(0.5)
    time.sleep(max(0, 40 - rounds * 0.6))
    stop.set()
    for t in threads:
        t.join(200)
    errors = [e for e in rec.in_phase("two-instances") if e[4] >= 500 or e[4] == 0]
    return [("two instances: concurrent PATCH, same If-Match", f"{rounds} rounds × 6 (alternating instances): "
             f"{rounds - len(lost)} rounds exactly one 200 and five 412" + (f"; odd: {lost[:3]}" if lost else ""),
             not lost),
            ("two instances: 5xx or no answer", str(len(errors)), not errors)] + jobs_once()


def jobs_once():
    claims = {}
    for i in range(len(env.LOGS)):
        for line in env.log_text(i).splitlines():
            if "evaluation period " in line and " claimed by " in line and "already claimed" not in line:
                period = line.split("evaluation period ", 1)[1].split(" ", 1)[0]
                claims.setdefault(period, []).append(i)
    twice = {p: who for p, who in claims.items() if len(who) > 1}
    rows = env.sql("SELECT count(*), count(finished_at), count(DISTINCT instance) FROM job_run")[0]
    return [("two instances: scheduled evaluation", f"{len(claims)} periods claimed ({rows[2]} instances "
             f"took turns), {len(twice)} run twice; job_run {rows[0]} rows, {rows[1]} finished",
             not twice and int(rows[0]) == len(claims))]


def latencies(clients, seconds):
    out, stop = [], threading.Event()

    def reader(cl):
        while not stop.is_set():
            t = time.time()
            status, _, _ = cl.request("GET", "/api/v1/problems?limit=20")
            if status == 200:
                out.append(time.time() - t)
            time.sleep(0.1)

    threads = load.start([(reader, (cl,)) for cl in clients])
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    return out
