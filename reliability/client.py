"""HTTP client of the reliability run: keeps one connection per thread, records every answer
for the hygiene and fault-window checks, and retries writes with the same Idempotency-Key."""
import http.client
import json
import threading
import time

NO_STORE_EXEMPT = (304,)


class Recorder:
    """Every answer the run gets: (start, phase, method, path, status, Retry-After, end)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.events = []
        self.phase = "setup"
        self.hygiene = {"answers": 0, "authenticated": 0, "no_store_missing": [], "server_banner": []}

    def record(self, started, method, path, status, headers, authenticated):
        with self.lock:
            self.events.append((started, self.phase, method, path, status, headers.get("retry-after"), time.time()))
            h = self.hygiene
            h["answers"] += 1
            if headers.get("server"):
                h["server_banner"].append(f"{method} {path} -> {headers.get('server')}")
            if authenticated and status:
                h["authenticated"] += 1
                if status not in NO_STORE_EXEMPT and "no-store" not in headers.get("cache-control", ""):
                    h["no_store_missing"].append(f"{method} {path} -> {status}")

    def in_phase(self, phase):
        with self.lock:
            return [e for e in self.events if e[1] == phase]


class Client:
    """One account against one or more instances (alternating per request when several)."""

    def __init__(self, ports, token, recorder, timeout=70):
        self.ports = list(ports) if isinstance(ports, (list, tuple)) else [ports]
        self.token = token
        self.recorder = recorder
        self.timeout = timeout
        self.local = threading.local()
        self.turn = 0

    def _conn(self, port):
        conns = getattr(self.local, "conns", None)
        if conns is None:
            conns = self.local.conns = {}
        if port not in conns:
            conns[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=self.timeout)
        return conns[port]

    def _drop(self, port):
        conn = self.local.conns.pop(port, None)
        if conn:
            conn.close()

    def request(self, method, path, body=None, headers=None, port=None):
        """(status, lower-case headers, parsed body or None); status 0 when no HTTP answer came."""
        if port is None:
            self.turn += 1
            port = self.ports[self.turn % len(self.ports)]
        h = {"Accept": "application/json"}
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        started = time.time()
        try:
            conn = self._conn(port)
            conn.request(method, path, body=data, headers=h)
            resp = conn.getresponse()
            raw = resp.read()
            status = resp.status
            got = {k.lower(): v for k, v in resp.getheaders()}
            if got.get("connection", "").lower() == "close":
                self._drop(port)
        except (OSError, http.client.HTTPException):
            self._drop(port)
            self.recorder.record(started, method, path, 0, {}, bool(self.token))
            return 0, {}, None
        self.recorder.record(started, method, path, status, got, bool(self.token))
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return status, got, parsed

    def write(self, method, path, body, key, give_up_after=180):
        """Sends until an answer that is not 'try again' (503, 429, no answer), same key every time."""
        deadline = time.time() + give_up_after
        while True:
            status, headers, parsed = self.request(method, path, body, {"Idempotency-Key": key})
            if status not in (0, 429, 503) or time.time() > deadline:
                return status, headers, parsed
            time.sleep(min(float(headers.get("retry-after", "1") or 1), 5))


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
