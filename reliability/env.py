"""What run.sh hands over (environment variables), and the database and process helpers."""
import os
import signal
import subprocess
import time

WORK = os.environ["REL_WORK"]
PGBIN = os.environ["REL_PGBIN"]
PGDATA = os.environ["REL_PGDATA"]
PGPORT = os.environ["REL_PGPORT"]
AS_PG = os.environ.get("REL_AS_PG", "").split()
PORTS = [int(p) for p in os.environ["REL_PORTS"].split(",")]
PIDS = [int(p) for p in os.environ["REL_PIDS"].split(",")]
LOGS = os.environ["REL_LOGS"].split(",")
ADMIN_TOKEN = os.environ["REL_ADMIN_TOKEN"]
DURATION = int(os.environ.get("REL_DURATION", "300"))
RESULTS = os.environ["REL_RESULTS"]


def sql(query):
    """Rows of a query as lists of strings, run as the cluster's superuser."""
    out = subprocess.run([f"{PGBIN}/psql", "-h", WORK, "-p", PGPORT, "-U", "postgres", "-d", "taizhang",
                          "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def pg_ctl(*args):
    subprocess.run(AS_PG + [f"{PGBIN}/pg_ctl", "-D", PGDATA, "-w", "-t", "60", *args],
                   check=True, capture_output=True)


def start_postgres():
    pg_ctl("-l", f"{WORK}/postgres.log", "-o", f"-p {PGPORT} -k {WORK} -c listen_addresses=127.0.0.1 "
           "-c max_connections=200", "start")


def postgres_pids():
    with open(f"{PGDATA}/postmaster.pid") as f:
        postmaster = int(f.readline())
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    return [postmaster] + [int(c) for c in children]


def freeze(seconds):
    """SIGSTOP the postmaster and every backend: connections hang instead of failing."""
    pids = postgres_pids()
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        time.sleep(seconds)
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return None


def log_text(i):
    with open(LOGS[i], encoding="utf-8", errors="replace") as f:
        return f.read()
