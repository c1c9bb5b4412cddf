"""What being signed in costs a request: the same public read anonymously, with a personal access
token, with a signed-in page session and with HTTP Basic, interleaved so that the machine's load
touches every variant alike.

    python3 ear/src/bench/auth-overhead.py http://localhost:8280 [calls] [user]

The read is the catalogue's first page (GET /api/items?size=20): it answers everyone the same, so
the differences are the authentication alone. Prints p50/p95 per variant and the p50 difference to
the anonymous call. Basic pays its PBKDF2 hash on every call by design; a page session checks the
password once at sign-in, a token is checked by a digest of its secret. The clients (token, sign-in
through the login page) are the scale benchmark's (scale/client.py).
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "scale"))
from client import Client, pct  # noqa: E402

BASE = sys.argv[1].rstrip("/")
CALLS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
USER = sys.argv[3] if len(sys.argv) > 3 else "zhangsan"
READ = "/api/items?size=20"
MINE = "/api/applications?size=1"  # answers only a signed-in caller


def main():
    bearer = Client(BASE, user=USER)
    session = Client(BASE, user=USER, pages=True)
    anonymous = Client(BASE)
    basic = Client(BASE, user=USER, token="")
    for name, client in (("token", bearer), ("page session", session)):
        status, _ = client.raw("GET", MINE)
        if status != 200:
            raise SystemExit(f"the {name} is not signed in: {status}")
    variants = {
        "anonymous": lambda: anonymous.call("anonymous", "GET", READ),
        "access token (Bearer)": lambda: bearer.call("access token (Bearer)", "GET", READ),
        "page session (cookie)": lambda: session.call("page session (cookie)", "GET", READ),
        "HTTP Basic (PBKDF2 per call)": lambda: basic.call(
            "HTTP Basic (PBKDF2 per call)", "GET", READ, basic=True),
    }
    for call in variants.values():  # warm up every path
        for _ in range(20):
            call()
    for client in (anonymous, bearer, session, basic):
        client.samples.clear()
    for _ in range(CALLS):
        for call in variants.values():
            call()
    samples = {**anonymous.samples, **bearer.samples, **session.samples, **basic.samples}
    errors = sum(sum(c.errors.values()) for c in (anonymous, bearer, session, basic))
    if errors:
        raise SystemExit(f"{errors} calls failed")
    base = statistics.median(samples["anonymous"])
    print(f"| {READ} as {USER}, {CALLS} calls each, interleaved | p50 | p95 | p50 − anonymous |")
    print("|---|---|---|---|")
    for name in variants:
        p50 = statistics.median(samples[name])
        print(f"| {name} | {p50:.1f} ms | {pct(samples[name], 95):.1f} ms | {p50 - base:+.1f} ms |")


if __name__ == "__main__":
    main()
