"""One account sending as fast as it can (its own process, so it does not share the measuring
process' interpreter lock): prints what it got as JSON. Usage: noisy.py PORT TOKEN SECONDS."""
import json
import sys
import threading
import time

from client import Client, Recorder

port, token, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
client, counts, lock = Client(port, token, Recorder()), {}, threading.Lock()
limited_without_retry_after = [0]


def hammer(end):
    while time.time() < end:
        status, headers, _ = client.request("GET", "/api/v1/problems?limit=20")
        with lock:
            counts[status] = counts.get(status, 0) + 1
            if status == 429 and not headers.get("retry-after"):
                limited_without_retry_after[0] += 1


deadline = time.time() + seconds
threads = [threading.Thread(target=hammer, args=(deadline,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps({"counts": counts, "429_without_retry_after": limited_without_retry_after[0]}))
