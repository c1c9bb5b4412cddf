#!/usr/bin/env python3
"""Files and works real template cases through the API (the scale generator clones them in SQL).

Usage: seed.py BASE_URL N
Files N applications as zhangsan/lisi/wangwu over every catalogue item that takes the plain form
(items needing materials or another form answer 400 and are skipped), has the clerk accept each
(sealed acceptance notice) and the officer review every other one, so that the templates wait at
review (officer) and at decision (director) in several sections.
"""
import concurrent.futures
import sys
import time
import uuid

from client import Client, items

BASE, N = sys.argv[1], int(sys.argv[2])
FORM = {"applicantName": "规模测评", "contactPhone": "13800138000", "description": "scale benchmark template"}

citizens = [Client(BASE, u) for u in ("zhangsan", "lisi", "wangwu")]
clerk, officer = Client(BASE, "clerk"), Client(BASE, "officer")

catalogue = []
page = 0
while True:
    _, body = citizens[0].call("items", "GET", f"/api/items?size=100&page={page}")
    rows = items(body)
    catalogue += [r["code"] for r in rows]
    if len(rows) < 100 or not isinstance(body, dict):
        break
    page += 1

usable = []
for code in catalogue:
    status, body = citizens[0].call("file", "POST", "/api/applications", {"itemCode": code, "form": FORM},
                                    {"Idempotency-Key": str(uuid.uuid4())})
    if status == 201:
        usable.append((code, body["number"]))
print(f"items taking the plain form: {len(usable)} of {len(catalogue)}: {' '.join(c for c, _ in usable)}", flush=True)
if not usable:
    raise SystemExit("no item takes the plain form")

numbers = [n for _, n in usable]


def file(i):
    code = usable[i % len(usable)][0]
    c = citizens[i % len(citizens)]
    status, body = c.call("file", "POST", "/api/applications", {"itemCode": code, "form": FORM},
                          {"Idempotency-Key": str(uuid.uuid4())})
    if status != 201:
        raise SystemExit(f"filing {code}: {status} {body}")
    return body["number"]


started = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    numbers += list(pool.map(file, range(max(0, N - len(numbers)))))


def tasks(c, step):
    found, page = {}, 0
    while True:
        _, body = c.call("tasks", "GET", f"/api/tasks?size=100&page={page}")
        rows = items(body)
        for t in rows:
            if t["step"] == step:
                found[t["applicationNumber"]] = t["id"]
        if len(rows) < 100:
            return found
        page += 1


def complete(c, task_id, outcome):
    for action, body in (("claim", None), ("complete", {"outcome": outcome, "opinion": "规模测评"})):
        status, answer = c.call(action, "POST", f"/api/tasks/{task_id}/{action}", body)
        if status != 200:
            raise SystemExit(f"{action} {task_id}: {status} {answer}")


def work(c, step, outcome, wanted):
    for _ in range(100):
        open_tasks = tasks(c, step)
        todo = [open_tasks[n] for n in wanted if n in open_tasks]
        if len(todo) >= len(wanted):
            break
        time.sleep(0.5)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda t: complete(c, t, outcome), todo))
    return len(todo)


accepted = work(clerk, "acceptApplication", "accept", numbers)
reviewed = work(officer, "reviewApplication", "approve", numbers[::2])
elapsed = time.monotonic() - started
print(f"templates: {len(numbers)} filed, {accepted} accepted, {reviewed} reviewed (waiting for decision) "
      f"in {elapsed:.0f} s", flush=True)
