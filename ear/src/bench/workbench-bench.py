#!/usr/bin/env python3
"""Times the legal clock and the workbench on a running server (called by measure-server.sh).

N applications for SC-0001 (市场准入审批科) are filed and accepted, so that the officers' inbox holds
N review tasks, each with its step clock and case clock. Then: the inbox (rows with deadlines and cards), one
application's clock, a transfer; and the legal-clock watch: the application clock is moved 60 days
ahead (the server must run with ONESEAL_CLOCK_CONTROL=true) and the watch's own log line gives the
time it took to recompute and store every card and notify the holders.
Usage: workbench-bench.py BASE_URL N SERVER_LOG
"""
import datetime
import re
import sys
import time
import uuid

import bench_api
from bench_api import call, ok, task, work

bench_api.BASE, N, LOG = sys.argv[1], int(sys.argv[2]), sys.argv[3]
FORM = {"applicantName": "测评", "contactPhone": "13800138000", "description": "workbench benchmark"}


def timed(action, repeat):
    started = time.monotonic()
    for _ in range(repeat):
        action()
    return (time.monotonic() - started) * 1000 / repeat


numbers = []
for _ in range(N):
    created = ok(call("POST", "/api/applications", "zhangsan", {"itemCode": "SC-0001", "form": FORM},
                      {"Idempotency-Key": str(uuid.uuid4())}), 201)
    numbers.append(created["number"])
for number in numbers:
    work("clerk", number, "acceptApplication", "accept")

inbox_ms = timed(lambda: ok(call("GET", "/api/tasks?size=100", "officer"), 200), 20)
rows = ok(call("GET", "/api/tasks?size=100", "officer"), 200)["total"]
clock_ms = timed(lambda: ok(call("GET", f"/api/applications/{numbers[0]}/clock", "zhangsan"), 200), 50)

transfers = numbers[: min(N, 20)]
ids = [task("officer", number, "reviewApplication") for number in transfers]
for task_id in ids:
    ok(call("POST", f"/api/tasks/{task_id}/claim", "officer"), 200)
started = time.monotonic()
for task_id in ids:
    ok(call("POST", f"/api/tasks/{task_id}/transfer", "officer", {"to": "officer2", "comment": "bench"}), 200)
transfer_ms = (time.monotonic() - started) * 1000 / len(ids)

ahead = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=60)).isoformat()
with open(LOG, encoding="utf-8", errors="replace") as log:
    seen = len(log.read())
ok(call("PUT", "/api/system/clock", "admin", {"now": ahead}), 200)
watch = None
for _ in range(600):
    with open(LOG, encoding="utf-8", errors="replace") as log:
        found = re.search(r"legal clock watch: (\d+) card\(s\) changed among (\d+) open cases and (\d+) open steps in (\d+) ms",
                          log.read()[seen:])
    if found:
        watch = found.groups()
        break
    time.sleep(0.1)
ok(call("PUT", "/api/system/clock", "admin", {}), 200)

print(f"officer's inbox, {rows} rows (x20):  {inbox_ms:.0f} ms each (step and case clock per row)")
print(f"application clock (x50):        {clock_ms:.1f} ms each")
print(f"transfer (x{len(ids)}):                 {transfer_ms:.0f} ms each (history, notification, e-mail after commit)")
if watch:
    print(f"legal-clock watch:              {watch[0]} cards changed among {watch[1]} cases and {watch[2]} steps in {watch[3]} ms")
else:
    print("legal-clock watch:              no run seen within 60 s")
