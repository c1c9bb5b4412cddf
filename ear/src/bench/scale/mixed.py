#!/usr/bin/env python3
"""Mixed-role load for a number of minutes (called by scale.sh): 0 errors, p95 per call kind, filing rate.

Usage: mixed.py BASE_URL MINUTES OUT.json [CITIZENS]
Citizens (default 2 threads, zhangsan/lisi/wangwu by turns) browse the catalogue (index page,
items, an item's guide) and file; one clerk accepts, one officer reviews, one director decides
(sealed decision) what their inboxes, filtered to their step, offer first, one supervisor searches and opens cases. One thread per
staff role, so no two clients claim the same task. Every status outside 2xx/3xx counts as an error.
The load's own CPU (this process) is reported as a share of the machine's.
"""
import json
import os
import random
import sys
import threading
import time
import uuid

from client import Client, items, pct

BASE, MINUTES, OUT = sys.argv[1], float(sys.argv[2]), sys.argv[3]
CITIZENS = int(sys.argv[4]) if len(sys.argv) > 4 else 2
FORM = {"applicantName": "混合负载", "contactPhone": "13800138000", "description": "mixed load"}
ITEMS = ["SC-0001", "WJ-0001", "HB-0001", "JT-0001", "MZ-0001", "RS-0001", "NY-0001", "ZR-0001"]
stop = time.monotonic() + MINUTES * 60
clients, filed, worked = [], [], {"accept": 0, "review": 0, "decide": 0}
lock = threading.Lock()


def running():
    return time.monotonic() < stop


def citizen(user):
    c = Client(BASE, user)
    anon = Client(BASE)
    clients.extend([c, anon])
    while running():
        anon.call("page /index.xhtml", "GET", "/index.xhtml")
        code = random.choice(ITEMS)
        anon.call("page /item.xhtml", "GET", f"/item.xhtml?code={code}")
        anon.call("GET /api/items", "GET", "/api/items?q=%E8%AE%B8%E5%8F%AF")
        status, body = c.call("POST /api/applications (file)", "POST", "/api/applications",
                              {"itemCode": code, "form": FORM}, {"Idempotency-Key": str(uuid.uuid4())})
        if status == 201:
            with lock:
                filed.append(time.monotonic())
            c.call("GET /api/applications/{n} (citizen)", "GET", f"/api/applications/{body['number']}")
        c.call("GET /api/applications (mine)", "GET", "/api/applications")


def staff(user, step, outcome, counter):
    c = Client(BASE, user)
    clients.append(c)
    while running():
        # the inbox filtered to the user's step, soonest deadline first, as staff work it: unfiltered,
        # the officer's first page held no review in the 5-minute run of 2026-12-05 (reviewed none)
        _, body = c.call(f"GET /api/tasks ({user})", "GET", f"/api/tasks?size=50&step={step}")
        todo = [t for t in items(body) if t["step"] == step] if isinstance(body, dict) else []
        if not todo:
            time.sleep(0.5)
            continue
        t = random.choice(todo[:20])
        c.call(f"GET /api/applications/{{n}} ({user})", "GET", f"/api/applications/{t['applicationNumber']}")
        status, _ = c.call("POST claim", "POST", f"/api/tasks/{t['id']}/claim")
        if status == 200:
            status, _ = c.call(f"POST complete ({step})", "POST", f"/api/tasks/{t['id']}/complete",
                               {"outcome": outcome, "opinion": "混合负载"})
            if status == 200:
                with lock:
                    worked[counter] += 1


def supervisor():
    c = Client(BASE, "supervisor")
    p = Client(BASE, "supervisor", pages=True)
    clients.extend([c, p])
    while running():
        _, body = c.call("GET /api/applications (supervisor)", "GET", f"/api/applications?page={random.randrange(20)}")
        c.call("GET /api/applications?status&item", "GET",
               f"/api/applications?status=APPROVED&item={random.choice(ITEMS)}")
        rows = items(body) if isinstance(body, dict) else []
        if rows:
            n = random.choice(rows)["number"]
            p.call("page /application.xhtml (supervisor)", "GET", f"/application.xhtml?number={n}")
            c.call("GET /api/applications/{n}/timeline", "GET", f"/api/applications/{n}/timeline")
        time.sleep(0.2)


threads = [threading.Thread(target=citizen, args=(["zhangsan", "lisi", "wangwu"][i % 3],)) for i in range(CITIZENS)]
threads += [threading.Thread(target=staff, args=("clerk", "acceptApplication", "accept", "accept")),
            threading.Thread(target=staff, args=("officer", "reviewApplication", "approve", "review")),
            threading.Thread(target=staff, args=("director", "decideApplication", "approve", "decide")),
            threading.Thread(target=supervisor)]
cpu0, wall0 = os.times(), time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join()
cpu1, wall = os.times(), time.monotonic() - wall0
load_cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)

samples, errors, last = {}, {}, {}
for c in clients:
    for kind, s in c.samples.items():
        samples.setdefault(kind, []).extend(s)
    for kind, n in c.errors.items():
        errors[kind] = errors.get(kind, 0) + n
        last[kind] = c.last_error[kind]
total_errors = sum(errors.values())
steady = [t for t in filed if t >= wall0 + 30]
rate = len(steady) / max(1.0, stop - (wall0 + 30)) if MINUTES * 60 > 60 else len(filed) / wall
print(f"mixed load: {wall / 60:.1f} min, {CITIZENS} citizens + clerk, officer, director, supervisor; "
      f"{sum(len(s) for s in samples.values())} calls, {total_errors} errors")
print(f"  filed {len(filed)} ({rate:.2f}/s sustained after the first 30 s); accepted {worked['accept']}, "
      f"reviewed {worked['review']}, decided {worked['decide']}")
print(f"  load generator CPU: {load_cpu:.0f} s over {wall:.0f} s = {100 * load_cpu / wall / os.cpu_count():.1f}% of "
      f"{os.cpu_count()} cores")
print(f"  {'call kind':44} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
for kind in sorted(samples):
    s = samples[kind]
    print(f"  {kind:44} {len(s):6d} {pct(s, 50):8.1f} {pct(s, 95):8.1f} {errors.get(kind, 0):7d}")
for kind, text in last.items():
    print(f"  last error of {kind}: {text}")
with open(OUT, "w") as f:
    json.dump({"minutes": wall / 60, "errors": total_errors, "filed": len(filed), "rate": rate, "worked": worked,
               "cpu_share": load_cpu / wall / os.cpu_count(),
               "kinds": {k: {"n": len(s), "p50": pct(s, 50), "p95": pct(s, 95), "errors": errors.get(k, 0)}
                         for k, s in samples.items()}}, f, indent=1)
