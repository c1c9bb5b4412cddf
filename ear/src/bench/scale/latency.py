#!/usr/bin/env python3
"""p50/p95 of the main reads at the database's current size (called by scale.sh).

Usage: latency.py BASE_URL CALLS LABEL OUT.json [SKIP,WORDS]  (kinds whose name holds a word are left out)
Officer's inbox (GET /api/tasks), supervisors' search (GET /api/applications without and with a
filter: item and status, or a whole number), a case page (GET /application.xhtml?number=… in a signed-in page
session, and GET /api/applications/{n}), the catalogue (GET /api/items, /index.xhtml). API calls
carry a personal access token (Bearer). Cases are picked round robin among the first pages.
"""
import json
import sys

from client import Client, items, pct

BASE, CALLS, LABEL, OUT = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
officer, supervisor = Client(BASE, "officer"), Client(BASE, "supervisor")
page = Client(BASE, "supervisor", pages=True)
anonymous = Client(BASE)

_, first = supervisor.call("warm", "GET", "/api/applications?size=100")
open_cases = [a["number"] for a in items(supervisor.call("warm", "GET", "/api/applications?size=50&status=UNDER_REVIEW")[1])]
closed = [a["number"] for a in items(supervisor.call("warm", "GET", "/api/applications?size=50&status=APPROVED")[1])]
cases = [n for pair in zip(open_cases, closed or open_cases) for n in pair] or open_cases
total = first["total"]

SKIP = set(sys.argv[5].split(",")) if len(sys.argv) > 5 else set()
KINDS = [
    ("inbox GET /api/tasks (officer)", officer, lambda i: "/api/tasks"),
    ("search GET /api/applications", supervisor, lambda i: f"/api/applications?page={i % 5}"),
    ("search, filtered (item+status)", supervisor,
     lambda i: "/api/applications?item=" + ["SC-0001", "WJ-0001", "HB-0001", "JT-0001", "MZ-0001"][i % 5]
     + "&status=" + ["APPROVED", "UNDER_REVIEW"][i % 2]),
    ("search, filtered (number)", supervisor, lambda i: f"/api/applications?number={cases[i % len(cases)]}"),
    ("case GET /api/applications/{n}", supervisor, lambda i: f"/api/applications/{cases[i % len(cases)]}"),
    ("case page /application.xhtml", page, lambda i: f"/application.xhtml?number={cases[i % len(cases)]}"),
    ("catalogue GET /api/items", anonymous, lambda i: "/api/items"),
    ("catalogue page /index.xhtml", anonymous, lambda i: "/index.xhtml"),
]
KINDS = [k for k in KINDS if not any(word in k[0] for word in SKIP if word)]
for kind, client, path in KINDS:
    for i in range(10):  # warm-up, not counted
        client.raw("GET", path(i))
    for i in range(CALLS):
        client.call(kind, "GET", path(i))

result = {"label": LABEL, "applications": total, "kinds": {}}
print(f"{LABEL}: {total} applications in the supervisors' search")
print(f"  {'call':42} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
for kind, client, _ in KINDS:
    s = client.samples[kind]
    errors = client.errors.get(kind, 0)
    result["kinds"][kind] = {"p50": pct(s, 50), "p95": pct(s, 95), "n": len(s), "errors": errors}
    print(f"  {kind:42} {pct(s, 50):8.1f} {pct(s, 95):8.1f} {errors:7d}")
    if errors:
        print("    last error:", client.last_error[kind])
with open(OUT, "w") as f:
    json.dump(result, f, indent=1)
