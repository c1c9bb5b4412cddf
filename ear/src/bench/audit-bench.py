"""The audit trail's cost (issue 14): what recording a read adds to a read of a case, and how long the
chain's verification takes for the entries on record.

    python3 audit-bench.py http://localhost:8280 [reads]

Calls go with personal access tokens (no password hash per call), so the difference between a
clerk's read of a case (recorded: the engine's open steps, the de-duplication query, within the
window no new row) and the applicant's own read (never recorded) is what the trail costs a read.
"""
import statistics
import sys
import time
import urllib.request

import bench_api
from bench_api import call, ok

bench_api.BASE = sys.argv[1]
reads = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def token(user):
    body = ok(call("POST", "/api/account/tokens", user,
                   {"name": f"audit-bench-{time.time_ns()}", "scopes": ["read"], "expiresInDays": 1}), 201)
    return body["token"]


def timed_get(path, bearer, times):
    samples = []
    for _ in range(times):
        request = urllib.request.Request(bench_api.BASE + path)
        request.add_header("Authorization", "Bearer " + bearer)
        start = time.perf_counter()
        with urllib.request.urlopen(request) as response:
            response.read()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


number = ok(call("POST", "/api/applications", "zhangsan",
                 {"itemCode": "WJ-0001", "form": {"applicantName": "测评", "contactPhone": "13800138000",
                                                  "description": "audit bench"}},
                 {"Idempotency-Key": f"audit-bench-{time.time_ns()}"}), 201)["number"]
citizen, clerk, supervisor = token("zhangsan"), token("clerk"), token("supervisor")
path = f"/api/applications/{number}"
timed_get(path, citizen, 20)  # warm up both paths
timed_get(path, clerk, 20)
own = timed_get(path, citizen, reads)
staff = timed_get(path, clerk, reads)
print(f"read of a case, applicant (not recorded) x{reads}: p50 {own[0]:.1f} ms, p95 {own[1]:.1f} ms")
print(f"read of a case, clerk (recorded once per window) x{reads}: p50 {staff[0]:.1f} ms, p95 {staff[1]:.1f} ms")

# let the chaining job catch up, then verify the whole chain a few times
time.sleep(6)
durations = []
for _ in range(5):
    start = time.perf_counter()
    result = ok(call("GET", "/api/audit/verification", "supervisor"), 200)
    durations.append((time.perf_counter() - start) * 1000)
print(f"chain verification of {result['entries']} entries: median {statistics.median(durations):.0f} ms"
      f" (intact: {result['intact']}, incl. the supervisor's password hash)")
