"""Noisy neighbour, hygiene, the service logs, and the final count of every acknowledged write."""
import json
import re
import subprocess
import sys
import threading
import time

import env
from client import Client, percentile
from phases import latencies

HERE = __file__.rsplit("/", 1)[0]


def noisy_neighbour(setup, rec):
    rec.phase = "noisy"
    victims = [setup["clients"][n] for n in ("dashboard1", "inspector1", "liaison4", "liaison5")]
    # quiet and noisy windows alternate, so that background work (the scheduled evaluation,
    # other processes on the machine) falls into both kinds rather than into one
    quiet, loud, counts, unretried = [], [], {}, 0
    for _ in range(3):
        quiet += latencies(victims, 12)
        result = {}

        def run():
            out = subprocess.run([sys.executable, f"{HERE}/noisy.py", str(env.PORTS[0]), setup["noisy_token"], "14"],
                                 capture_output=True, text=True, check=True).stdout
            result.update(json.loads(out))

        noisy = threading.Thread(target=run)
        noisy.start()
        time.sleep(1)
        loud += latencies(victims, 12)
        noisy.join()
        for status, n in result["counts"].items():
            counts[status] = counts.get(status, 0) + n
        unretried += result["429_without_retry_after"]
    q50, l50 = percentile(quiet, 50) * 1000, percentile(loud, 50) * 1000
    q99, l99 = percentile(quiet, 99) * 1000, percentile(loud, 99) * 1000
    total, limited = sum(counts.values()), counts.get("429", 0)
    return [("noisy neighbour: the noisy account", f"{total} requests in 3 × 14 s (4 connections, no pause), "
             f"{limited} × 429 ({unretried} without Retry-After), answers {counts}", limited > 0 and unretried == 0),
            ("noisy neighbour: others' latency", f"quiet p50 {q50:.0f} ms, p99 {q99:.0f} ms ({len(quiet)} requests); "
             f"with the noisy account p50 {l50:.0f} ms, p99 {l99:.0f} ms ({len(loud)}): p99 {l99 / q99:.2f}×",
             l99 <= 2 * q99)]


def hygiene(setup, rec):
    rec.phase = "hygiene"
    anonymous = Client(env.PORTS[0], None, rec)
    liaison = setup["clients"]["liaison0"]
    echoed = []
    for path in ("/", "/q/health/ready", "/q/metrics", "/api/v1/problems", "/api/v1/nothing-here", "/nothing"):
        status, _, body = liaison.request("TRACE", path, headers={"X-Echo": "echo-marker"})
        if status not in (400, 405) or "echo-marker" in json.dumps(body, ensure_ascii=False) \
                or liaison.token in json.dumps(body):
            echoed.append(f"TRACE {path} → {status}")
    anonymous.request("GET", "/api/v1/problems")
    Client(env.PORTS[0], "tzk_" + "0" * 43, rec).request("GET", "/api/v1/me")
    liaison.request("GET", "/api/v1/accounts")
    h = rec.hygiene
    logs = [env.log_text(i) for i in range(len(env.LOGS))]
    text = "\n".join(logs)
    confirmed = re.findall(r"ledger append: entry (\d+) ", text)
    unconfirmed = set(re.findall(r"ledger append not confirmed.*?: entry (\d+) ", text))
    entries = {row[0] for row in env.sql("SELECT id FROM ledger_entry")}
    unlogged = entries - set(confirmed) - unconfirmed
    phantom = set(confirmed) - entries
    logged_twice = len(confirmed) - len(set(confirmed))
    return [("hygiene: answers checked", f"{h['answers']} ({h['authenticated']} authenticated)", True),
            ("hygiene: authenticated answers without Cache-Control: no-store", str(len(h["no_store_missing"]))
             + (f" e.g. {h['no_store_missing'][:3]}" if h["no_store_missing"] else ""), not h["no_store_missing"]),
            ("hygiene: answers with a Server header", str(len(h["server_banner"])), not h["server_banner"]),
            ("hygiene: TRACE on 6 paths (API, /q/*, unknown)", "refused, nothing echoed" if not echoed
             else "; ".join(echoed), not echoed),
            ("logs: authentication failures / denials / rate limits", f"{text.count('authentication failed: ')} / "
             f"{text.count('denied: ')} / {text.count('rate limited: ')} lines",
             "authentication failed: " in text and "denied: " in text),
            ("logs: one line per ledger append", f"{len(entries)} entries: {len(confirmed)} logged as committed, "
             f"{len(entries & unconfirmed)} as 'not confirmed' (the commit's answer was lost; they did commit), "
             f"{len(unlogged)} without a line, {len(phantom)} lines for no entry, {logged_twice} twice",
             not unlogged and not phantom and not logged_twice),
            ("logs: tokens (grep tzk_)", f"{text.count('tzk_')} occurrences", "tzk_" not in text)]


def nothing_lost(setup, acks):
    rows = []
    tables = {"problem": ("problem", "title", "可靠性 "), "measure": ("measure", "title", "措施 "),
              "evidence": ("evidence", "title", "材料 ")}
    for kind, (table, column, prefix) in tables.items():
        stored = {}
        for marker, count, ident in env.sql(f"SELECT substr({column}, {len(prefix) + 1}), count(*), min(id) "
                                             f"FROM {table} WHERE {column} LIKE '{prefix}%' GROUP BY 1"):
            stored[marker] = (int(count), int(ident))
        acked = acks.by_kind[kind]
        missing = [m for m in acked if m not in stored]
        wrong = [m for m in acked if m in stored and stored[m][1] != acked[m]]
        duplicates = [m for m, (n, _) in stored.items() if n > 1]
        rows.append((f"nothing lost: {kind}s", f"{len(acked)} acknowledged, {len(missing)} missing, "
                     f"{len(wrong)} with another id, {len(duplicates)} duplicated ({len(stored)} in the database)",
                     not missing and not wrong and not duplicates))
    closed = {int(p): int(n) for p, n in env.sql("SELECT problem_id, count(*) FROM verification "
                                                  "WHERE outcome = 'CLOSED' GROUP BY 1")}
    acked = acks.by_kind["verification"].values()
    missing = [p for p, _ in acked if p not in closed]
    twice = [p for p, n in closed.items() if n > 1]
    rows.append(("nothing lost: close-outs", f"{len(acked)} acknowledged, {len(missing)} missing, "
                 f"{len(twice)} problems closed twice", not missing and not twice))
    for i, port in enumerate(env.PORTS):
        status, _, report = Client(port, setup["clients"]["inspector0"].token, _NullRecorder()).request(
            "GET", "/api/v1/ledger/verification")
        rows.append((f"ledger chains verify (instance {i + 1})", f"{status}: {report.get('problemsChecked')} chains, "
                     f"{report.get('entriesChecked')} entries, intact {report.get('intact')}",
                     status == 200 and report.get("intact") is True))
    if acks.unexpected:
        rows.append(("unexpected answers to the workload (not errors)", "; ".join(acks.unexpected[:5]), True))
    return rows


class _NullRecorder:
    def record(self, *args):
        pass
