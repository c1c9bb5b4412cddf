"""What the benchmark scripts share: JSON calls with the demo accounts' Basic auth, and work on tasks."""
import json
import time

from scale.client import Client

BASE = None


def call(method, path, user=None, body=None, headers=None):
    """One call with the demo account's Basic auth (or none); returns (status, parsed JSON or text)."""
    client = Client(BASE, user=user, token="")
    status, text = client.raw(method, path, body, headers, basic=user is not None)
    if 200 <= status < 300:
        return status, (json.loads(text) if text[:1] in (b"{", b"[") else text)
    return status, text.decode()


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
