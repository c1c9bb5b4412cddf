"""What the benchmark scripts share: JSON calls with the demo accounts' Basic auth, and work on tasks."""
import base64
import json
import time
import urllib.error
import urllib.request

BASE = None


def call(method, path, user=None, body=None, headers=None):
    request = urllib.request.Request(BASE + path, method=method)
    if user:
        token = base64.b64encode(f"{user}:demo123".encode()).decode()
        request.add_header("Authorization", "Basic " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json; charset=UTF-8")
    try:
        with urllib.request.urlopen(request, data) as response:
            text = response.read()
            return response.status, (json.loads(text) if text[:1] in (b"{", b"[") else text)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def ok(result, *expected):
    status, body = result
    if status not in expected:
        raise SystemExit(f"unexpected {status}: {body}")
    return body


def items(body):
    """The rows of a list: lists answer one page since the structure issue ({"items": [...], ...})."""
    return body["items"] if isinstance(body, dict) else body


def task(user, number, step):
    for _ in range(400):
        tasks = ok(call("GET", "/api/tasks?size=100", user), 200)
        for t in items(tasks):
            if t["applicationNumber"] == number and t["step"] == step:
                return t["id"]
        time.sleep(0.05)
    raise SystemExit(f"no {step} task for {number}")


def work(user, number, step, outcome):
    task_id = task(user, number, step)
    ok(call("POST", f"/api/tasks/{task_id}/claim", user), 200)
    ok(call("POST", f"/api/tasks/{task_id}/complete", user, {"outcome": outcome, "opinion": "bench"}), 200)
