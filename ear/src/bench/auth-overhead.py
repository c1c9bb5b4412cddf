"""What being signed in costs a request: the same public read anonymously, with a personal access
token, with a signed-in page session and with HTTP Basic, interleaved so that the machine's load
touches every variant alike.

    python3 ear/src/bench/auth-overhead.py http://localhost:8280 [calls] [user]

The read is the catalogue's first page (GET /api/items?size=20): it answers everyone the same, so
the differences are the authentication alone. Prints p50/p95 per variant and the p50 difference to
the anonymous call. Basic pays its PBKDF2 hash on every call by design; a page session checks the
password once at sign-in, a token is checked by a digest of its secret.
"""
import base64
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
CALLS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
USER = sys.argv[3] if len(sys.argv) > 3 else "zhangsan"
PASSWORD = "demo123"
READ = "/api/items?size=20"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def token():
    request = urllib.request.Request(
        BASE + "/api/account/tokens",
        data=json.dumps({"name": f"bench {time.time_ns()}", "scopes": ["read"], "expiresInDays": 1}).encode(),
        method="POST",
        headers={"Authorization": BASIC, "Content-Type": "application/json; charset=UTF-8"},
    )
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read())["token"]


def page_session():
    """Signs in through the login page, as a browser does; the opener keeps the session cookie."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
    )
    page = opener.open(BASE + "/login.xhtml").read().decode()
    action = re.search(r'<form[^>]*id="loginForm"[^>]*action="([^"]*)"', page).group(1).replace("&amp;", "&")
    fields = {
        "loginForm": "loginForm",
        "loginForm:next": "",
        "loginForm:username": USER,
        "loginForm:password": PASSWORD,
        "loginForm:loginButton": "",
        "jakarta.faces.ViewState": re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"', page).group(1),
    }
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']*)'\)", page)
    if nonce:
        fields["primefaces.nonce"] = nonce.group(1)
    try:
        opener.open(urllib.request.Request(
            urllib.parse.urljoin(BASE + "/", action), data=urllib.parse.urlencode(fields).encode()))
    except urllib.error.HTTPError as redirect:
        if redirect.code not in (302, 303):
            raise
    return opener


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def timed(open_call):
    start = time.perf_counter()
    with open_call() as answer:
        answer.read()
        if answer.status != 200:
            raise SystemExit(f"unexpected {answer.status}")
    return (time.perf_counter() - start) * 1000


def main():
    bearer = "Bearer " + token()
    session = page_session()
    plain = urllib.request.build_opener()
    variants = {
        "anonymous": lambda: plain.open(BASE + READ),
        "access token (Bearer)": lambda: plain.open(urllib.request.Request(BASE + READ, headers={"Authorization": bearer})),
        "page session (cookie)": lambda: session.open(BASE + READ),
        "HTTP Basic (PBKDF2 per call)": lambda: plain.open(urllib.request.Request(BASE + READ, headers={"Authorization": BASIC})),
    }
    mine = "/api/applications?size=1"  # answers only a signed-in caller: proves each variant signs in
    for name, opener, headers in (("token", plain, {"Authorization": bearer}), ("session", session, {})):
        with opener.open(urllib.request.Request(BASE + mine, headers=headers)) as answer:
            if answer.status != 200:
                raise SystemExit(f"the {name} is not signed in: {answer.status}")
    for call in variants.values():  # warm up every path
        for _ in range(20):
            timed(call)
    samples = {name: [] for name in variants}
    for _ in range(CALLS):
        for name, call in variants.items():
            samples[name].append(timed(call))
    anonymous = statistics.median(samples["anonymous"])
    print(f"| {READ} as {USER}, {CALLS} calls each, interleaved | p50 | p95 | p50 − anonymous |")
    print("|---|---|---|---|")
    for name, times in samples.items():
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"| {name} | {p50:.1f} ms | {p95:.1f} ms | {p50 - anonymous:+.1f} ms |")


if __name__ == "__main__":
    main()
