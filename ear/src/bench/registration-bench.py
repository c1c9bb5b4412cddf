#!/usr/bin/env python3
"""Times business registration on a running server (called by measure-server.sh).

For each of N registrations: reserve a name, create and fill the one form, submit it; staff
accept and pass the formal review; the pushes to the departments are awaited; the director
approves; the time until the licence exists (credit code issued, PDF rendered, all in the
asynchronous issueLicence job) is measured. Then the public licence lookup is timed.
Usage: registration-bench.py BASE_URL N
"""
import random
import sys
import time

import bench_api
from bench_api import items, call, ok, work

bench_api.BASE, N = sys.argv[1], int(sys.argv[2])
CHARS = "瑞祥鑫源恒泰嘉禾盛隆丰宏达誉锦润"


submit_ms, pushes_ms, licence_ms, codes = [], [], [], []
for i in range(N):
    trade = "".join(random.choice(CHARS) for _ in range(5))
    ok(call("POST", "/api/names/reservations", "zhangsan",
            {"region": "太原", "tradeName": trade, "industry": "餐饮", "organizationForm": "有限公司", "area": "140100"}), 201)
    draft = ok(call("POST", "/api/registrations", "zhangsan", {"entityType": "company"}), 201)["id"]
    form = {
        "area": "140100", "region": "太原", "tradeName": trade, "industry": "餐饮", "organizationForm": "有限公司",
        "domicile": "山西省太原市小店区长治路123号", "capitalAmount": 100, "capitalCurrency": "CNY",
        "scope": [{"description": "餐饮服务", "industryCode": "6210"}, {"description": "软件开发", "industryCode": "6511"}],
        "legalRepresentativeName": "张三", "legalRepresentativeIdentity": "11010519491231002X",
        "investors": [{"name": "张三", "kind": "natural-person", "country": "CHN", "identity": "11010519491231002X",
                       "contribution": 100, "method": "currency"}],
        "contactPhone": "13800000000",
        "extra": {"tax.accountingStandard": "small-enterprise", "tax.financeContact": "李四",
                  "tax.financeContactPhone": "0351-7654321", "social.insuredEmployees": "8", "stats.employees": "10",
                  "stats.mainActivity": "正餐服务", "seal.count": "3", "fund.contact": "王五",
                  "customs.importExport": "false"},
    }
    ok(call("PUT", f"/api/registrations/{draft}", "zhangsan", form), 200)
    t0 = time.monotonic()
    number = ok(call("POST", f"/api/registrations/{draft}/submit", "zhangsan", {}), 201)["number"]
    submit_ms.append((time.monotonic() - t0) * 1000)
    work("clerk", number, "acceptApplication", "accept")
    work("officer", number, "reviewApplication", "approve")
    t1 = time.monotonic()
    while not all(p["push"]["status"] == "DELIVERED"
                  for p in items(ok(call("GET", f"/api/applications/{number}/pushes", "clerk"), 200)) or [{"push": {"status": "?"}}]):
        time.sleep(0.05)
    pushes_ms.append((time.monotonic() - t1) * 1000)
    work("director", number, "decideApplication", "approve")
    t2 = time.monotonic()
    while True:
        status, body = call("GET", f"/api/applications/{number}/licence", "zhangsan")
        if status == 200:
            codes.append(body["creditCode"])
            break
        time.sleep(0.05)
    licence_ms.append((time.monotonic() - t2) * 1000)

t3 = time.monotonic()
for code in codes * 10:
    ok(call("GET", f"/api/licenses/{code}"), 200)
lookup_ms = (time.monotonic() - t3) * 1000 / (len(codes) * 10)


def median(values):
    return sorted(values)[len(values) // 2]


print(f"registration submit (x{N}):     median {median(submit_ms):.0f} ms (incl. PBKDF2 check)")
print(f"pushes to 5 departments (x{N}): median {median(pushes_ms):.0f} ms from the review to the last receipt (job executor)")
print(f"licence issued (x{N}):          median {median(licence_ms):.0f} ms from the approval to the licence (code + PDF, async job)")
print(f"public licence lookup (x{len(codes) * 10}):  {lookup_ms:.1f} ms each (anonymous)")
