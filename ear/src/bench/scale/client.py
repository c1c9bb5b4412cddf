"""HTTP for the scale benchmark: personal access tokens (Bearer), page sessions, timed calls.

Every call is counted: a status outside 2xx/3xx is an error (kept with its kind and status).
"""
import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PASSWORD = "demo123"
VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """One user's client: a Bearer token for the API, or a page session (cookie) for the pages."""

    def __init__(self, base, user=None, token=None, pages=False):
        self.base, self.user, self.token = base, user, token
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.samples = {}  # kind -> [ms]
        self.errors = {}  # kind -> count
        self.last_error = {}
        if user and token is None and not pages:
            self.token = create_token(base, user)
        if pages:
            self.sign_in()

    def raw(self, method, path, body=None, headers=None, basic=False, form=None):
        request = urllib.request.Request(self.base + path, method=method)
        if basic:
            import base64
            request.add_header("Authorization", "Basic " + base64.b64encode(f"{self.user}:{PASSWORD}".encode()).decode())
        elif self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json; charset=UTF-8")
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(request, data, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def call(self, kind, method, path, body=None, headers=None, form=None, basic=False):
        """A timed call; returns (status, parsed body)."""
        started = time.perf_counter()
        status, text = self.raw(method, path, body, headers, basic=basic, form=form)
        elapsed = (time.perf_counter() - started) * 1000
        self.samples.setdefault(kind, []).append(elapsed)
        if not 200 <= status < 400:
            self.errors[kind] = self.errors.get(kind, 0) + 1
            self.last_error[kind] = f"{status} {path}: {text[:300]!r}"
        parsed = text
        if text[:1] in (b"{", b"["):
            parsed = json.loads(text)
        return status, parsed

    def sign_in(self):
        status, login = self.raw("GET", "/login.xhtml")
        html = login.decode()
        action = re.search(r'<form[^>]*id="loginForm"[^>]*action="([^"]*)"', html).group(1).replace("&amp;", "&")
        fields = {"loginForm": "loginForm", "loginForm:next": "", "loginForm:username": self.user,
                  "loginForm:password": PASSWORD, "loginForm:loginButton": "",
                  "jakarta.faces.ViewState": VIEW_STATE.search(html).group(1)}
        status, _ = self.raw("POST", action, form=fields)
        if status not in (302, 303):
            raise SystemExit(f"sign-in of {self.user}: {status}")


def create_token(base, user):
    c = Client(base, user=user, token="")
    c.token = None
    status, text = c.raw("POST", "/api/account/tokens", {"name": f"scale-{uuid.uuid4().hex[:8]}",
                                                          "scopes": ["read", "write"], "expiresInDays": 7},
                         basic=True)
    if status != 201 and status != 200:
        raise SystemExit(f"token for {user}: {status} {text[:300]!r}")
    return json.loads(text)["token"]


def items(body):
    return body["items"] if isinstance(body, dict) else body


def pct(values, p):
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]
