"""Reliability run: sets up accounts on the fresh service, runs the phases, writes the results
table. Started by run.sh, which owns the PostgreSQL cluster and the service processes."""
import datetime
import os
import sys
import time
import traceback

import checks
import env
import phases
from client import Client, Recorder
from load import Acks

ROLES = ["liaison%d" % i for i in range(6)] + ["inspector0", "inspector1", "dashboard0", "dashboard1"]


def setup(rec):
    admin = Client(env.PORTS[0], env.ADMIN_TOKEN, rec)
    run = datetime.datetime.now().strftime("%H%M%S")
    _, _, units = admin.request("GET", "/api/v1/units")
    today = datetime.date.today()
    _, _, campaign = admin.write("POST", "/api/v1/campaigns", {"code": "REL-" + run, "title": "可靠性测试",
                                 "startsOn": (today - datetime.timedelta(days=30)).isoformat(),
                                 "endsOn": (today + datetime.timedelta(days=365)).isoformat()}, "campaign-" + run)
    _, _, meeting = admin.write("POST", f"/api/v1/campaigns/{campaign['id']}/meetings",
                                {"heldOn": today.isoformat(), "title": "可靠性测试会", "kind": "ON_SITE_SUPERVISION"},
                                "meeting-" + run)
    clients, noisy = {}, None
    for name in ROLES + ["noisy"]:
        role = "DASHBOARD" if name == "noisy" else name.rstrip("0123456789").upper()
        body = {"username": f"rel-{run}-{name}", "displayName": name, "role": role}
        if role == "LIAISON":
            body["unitId"] = units[int(name[-1])]["id"]
        status, _, account = admin.write("POST", "/api/v1/accounts", body, f"account-{run}-{name}")
        assert status == 201, (status, account)
        status, _, token = admin.write("POST", f"/api/v1/accounts/{account['id']}/tokens",
                                       {"label": "reliability run"}, f"token-{run}-{name}")
        assert status == 201, (status, token)
        if name == "noisy":
            noisy = token["token"]
        else:
            clients[name] = Client(env.PORTS[0], token["token"], rec)
    return {"run": run, "campaign": campaign["id"], "meeting": meeting["id"], "clients": clients,
            "noisy_token": noisy}


def main():
    rec, acks, rows = Recorder(), Acks(), []
    started = datetime.datetime.now(datetime.timezone.utc)
    s = setup(rec)
    for name, step in [("sustained", lambda: phases.sustained(s, rec, acks)),
                       ("faults", lambda: phases.faults(s, rec, acks)),
                       ("two instances", lambda: phases.two_instances(s, rec, acks)),
                       ("noisy neighbour", lambda: checks.noisy_neighbour(s, rec)),
                       ("hygiene", lambda: checks.hygiene(s, rec)),
                       ("nothing lost", lambda: checks.nothing_lost(s, acks))]:
        print(f"{time.strftime('%H:%M:%S')} {name} ...", flush=True)
        try:
            got = step()
        except Exception:  # a phase that breaks is a result too; the others still run
            got = [(name + ": the phase failed", traceback.format_exc().strip().splitlines()[-1], False)]
        for row in got:
            print(f"  {'PASS' if row[2] else 'FAIL'}  {row[0]}: {row[1]}", flush=True)
        rows += got
    write(started, rows)
    return 0 if all(r[2] for r in rows) else 1


def write(started, rows):
    lines = [f"# Reliability run {started:%Y-%m-%d %H:%M} UTC", "",
             f"`reliability/run.sh` with `RELIABILITY_DURATION={env.DURATION}` (sustained load {env.DURATION} s), "
             f"{os.cpu_count()} cores shared with the load driver, private PostgreSQL 15 on port {env.PGPORT}, "
             f"{len(env.PORTS)} service instances (`java -jar`, prod profile).", "",
             "| check | measured | result |", "|---|---|---|"]
    lines += [f"| {c} | {m.replace('|', '/')} | {'pass' if ok else '**FAIL**'} |" for c, m, ok in rows]
    lines += ["", "Bad inputs: `./mvnw verify` runs the security battery's generated cases (see README, "
              "\"Security battery and contract lint\"); this run adds the hostile traffic above."]
    path = os.path.join(env.RESULTS, f"{started:%Y-%m-%d-%H%M}.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("results:", path)


if __name__ == "__main__":
    sys.exit(main())
