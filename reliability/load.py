"""The simulated users: liaisons rectifying problems (every POST with an Idempotency-Key),
inspectors closing them out, dashboards reading with If-None-Match. Every acknowledged write
is remembered by its marker so that the database can be checked for it afterwards."""
import datetime
import threading
import time

YES = {"verdict": "YES", "note": "可靠性抽查"}


class Acks:
    """Acknowledged writes by kind: marker -> id (the marker is in the row's title or note)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.by_kind = {"problem": {}, "measure": {}, "evidence": {}, "verification": {}}
        self.unexpected = []

    def add(self, kind, marker, ident):
        with self.lock:
            self.by_kind[kind][marker] = ident

    def odd(self, what):
        with self.lock:
            if len(self.unexpected) < 50:
                self.unexpected.append(what)


def problem_body(setup, marker):
    deadline = (datetime.date.today() + datetime.timedelta(days=120)).isoformat()
    return {"campaignId": setup["campaign"], "meetingId": setup["meeting"], "title": "可靠性 " + marker,
            "description": "负载与故障测试写入的问题", "category": "INTEGRATION",
            "workLine": "INSPECTION_RECTIFICATION", "source": "SELF_EXAMINATION", "keyAreas": ["CASE_FILING"],
            "severity": "MEDIUM", "responsiblePerson": "测试负责人", "deadline": deadline}


def ok(status):
    return 200 <= status < 300


def liaison(client, setup, acks, stop, name, think, full=True):
    """Files problems and, when full, takes each through measure, evidence and close-out request."""
    n = 0
    deadline = (datetime.date.today() + datetime.timedelta(days=60)).isoformat()
    while not stop.is_set():
        n += 1
        marker = f"{setup['run']}-{name}-{n}"
        status, _, p = client.write("POST", "/api/v1/problems", problem_body(setup, marker), marker)
        if not ok(status):
            acks.odd(f"file {marker}: {status}")
            continue
        acks.add("problem", marker, p["id"])
        time.sleep(think)
        status, _, m = client.write("POST", f"/api/v1/problems/{p['id']}/measures",
                                    {"title": "措施 " + marker, "description": "整改措施", "owner": "测试庭",
                                     "deadline": deadline}, marker + "-m")
        if not ok(status):
            acks.odd(f"measure {marker}: {status}")
            continue
        acks.add("measure", marker, m["id"])
        if not full:
            time.sleep(think)
            continue
        steps = [("POST", f"/api/v1/measures/{m['id']}/start", None, "-s"),
                 ("POST", f"/api/v1/measures/{m['id']}/progress-reports", {"percent": 50, "note": "进展 " + marker}, "-p"),
                 ("POST", f"/api/v1/measures/{m['id']}/evidence",
                  {"kind": "DOCUMENT", "title": "材料 " + marker, "uri": "urn:reliability:" + marker}, "-e"),
                 ("POST", f"/api/v1/measures/{m['id']}/complete", {"note": "完成"}, "-c"),
                 ("POST", f"/api/v1/problems/{p['id']}/close-out-request", {"note": "申请销号"}, "-r")]
        for method, path, body, suffix in steps:
            time.sleep(think)
            status, _, answer = client.write(method, path, body, marker + suffix)
            if not ok(status):
                acks.odd(f"{path} {marker}: {status}")
                break
            if suffix == "-e":
                acks.add("evidence", marker, answer["id"])


def inspector(client, setup, acks, stop, name, think):
    """Closes out what is waiting; several inspectors race for the same problem on purpose."""
    while not stop.is_set():
        status, _, waiting = client.request("GET", "/api/v1/problems?status=CLOSE_OUT_REQUESTED&limit=10")
        if status != 200:
            time.sleep(think)
            continue
        for p in waiting:
            if stop.is_set():
                break
            answers = {q: YES for q in ("problemSolved", "situationChanged", "capabilityImproved",
                                        "mechanismImproved", "peopleSatisfied")}
            marker = f"{setup['run']}-{name}-v{p['id']}"
            status, _, v = client.write("POST", f"/api/v1/problems/{p['id']}/verifications",
                                        {"answers": answers}, marker)
            if ok(status):
                acks.add("verification", marker, (p["id"], v.get("id")))
            elif status != 409:  # another inspector got there first
                acks.odd(f"verify {p['id']}: {status}")
            time.sleep(think)
        time.sleep(think)


def dashboard(client, setup, acks, stop, name, think):
    """Reads lists, the summary and single problems, revalidating with If-None-Match."""
    etags = {}
    while not stop.is_set():
        status, _, page = client.request("GET", "/api/v1/problems?limit=20")
        time.sleep(think)
        for p in (page or [])[:5] if status == 200 else []:
            path = f"/api/v1/problems/{p['id']}"
            headers = {"If-None-Match": etags[path]} if path in etags else {}
            status, got, _ = client.request("GET", path, headers=headers)
            if status == 200 and got.get("etag"):
                etags[path] = got["etag"]
            elif status not in (200, 304):
                acks.odd(f"read {path}: {status}")
            time.sleep(think)
        client.request("GET", "/api/v1/dashboard/summary")
        time.sleep(think)


def start(workers):
    threads = [threading.Thread(target=fn, args=args, daemon=True) for fn, args in workers]
    for t in threads:
        t.start()
    return threads
