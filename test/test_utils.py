# coding: utf-8
"""utils.wait_task / wait_tasks / login against a loopback fake of get-tasks and login."""
import json
import threading
import time

import pytest
from six.moves import BaseHTTPServer, socketserver

from cloudtower_python_sdk import ApiClient, ApiException, Configuration
from cloudtower_python_sdk.exceptions import ApiValueError
from cloudtower_python_sdk.utils import login, wait_task, wait_tasks


class FakeTasks(object):
    """Tasks that end after a number of polls: {id: (polls until done, final status, error)}."""

    def __init__(self, plan):
        self.plan = plan
        self.polls = dict((k, 0) for k in plan)
        self.requests = []

    def answer(self, path, body):
        self.requests.append((path, body))
        if path.endswith("/login"):
            return [200, {"task_id": None, "data": {"token": "tok-" + body["username"]}}]
        ids = body["where"]["id_in"]
        out = []
        for task_id in ids:
            if task_id not in self.plan:
                continue
            self.polls[task_id] += 1
            after, final, error = self.plan[task_id]
            status = final if self.polls[task_id] > after else "EXECUTING"
            out.append({"id": task_id, "status": status, "error_message": error if status == "FAILED" else None,
                        "progress": 1.0 if status in ("SUCCESSED", "FAILED") else 0.5})
        return [200, out]


@pytest.fixture
def tower():
    state = {}

    class Handler(BaseHTTPServer.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length).decode("utf-8") or "null")
            status, data = state["fake"].answer(self.path, body)
            raw = json.dumps(data).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args):
            pass

    class Server(socketserver.ThreadingMixIn, BaseHTTPServer.HTTPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.daemon = True
    thread.start()

    def make(plan):
        state["fake"] = FakeTasks(plan)
        client = ApiClient(Configuration(host="http://127.0.0.1:%d/v2/api" % server.server_address[1]))
        return state["fake"], client

    yield make
    server.shutdown()
    server.server_close()


def test_wait_tasks_returns_when_all_succeed(tower):
    fake, client = tower({"t1": (1, "SUCCESSED", None), "t2": (3, "SUCCESSED", None)})
    ids = ["t1", None, "t2"]
    wait_tasks(ids, client, interval=0.01)
    assert ids == ["t1", None, "t2"]  # the caller's list is left alone
    assert fake.polls["t2"] == 4
    assert fake.requests[-1][1] == {"where": {"id_in": ["t2"]}}  # finished tasks are not asked again


def test_one_id_and_none(tower):
    fake, client = tower({"t1": (0, "SUCCESSED", None)})
    wait_tasks("t1", client, interval=0.01)
    wait_task("t1", client, interval=0.01)
    wait_tasks([None], client)
    wait_task(None, client)
    assert len(fake.requests) == 2


def test_failure_waits_for_the_others_and_lists_every_failed_task(tower):
    fake, client = tower({"ok": (4, "SUCCESSED", None), "bad1": (0, "FAILED", "disk full"),
                          "bad2": (2, "FAILED", "host down")})
    with pytest.raises(ApiException) as info:
        wait_tasks(["ok", "bad1", "bad2"], client, interval=0.01)
    assert info.value.status == 500
    assert "bad1: disk full" in str(info.value) and "bad2: host down" in str(info.value)
    assert fake.polls["ok"] == 5  # it waited for the successful one too


def test_exit_on_error_stops_at_the_first_failure(tower):
    fake, client = tower({"slow": (50, "SUCCESSED", None), "bad": (1, "FAILED", "boom")})
    with pytest.raises(ApiException) as info:
        wait_tasks(["slow", "bad"], client, interval=0.01, exit_on_error=True)
    assert info.value.status == 500 and "bad: boom" in str(info.value)
    assert fake.polls["slow"] < 50


def test_timeout_is_408_and_names_the_pending_tasks(tower):
    fake, client = tower({"forever": (10 ** 6, "SUCCESSED", None)})
    started = time.time()
    with pytest.raises(ApiException) as info:
        wait_tasks(["forever"], client, interval=0.05, timeout=0.3)
    assert info.value.status == 408 and "forever" in str(info.value)
    assert time.time() - started < 2


def test_unknown_task_id_is_a_clear_error(tower):
    fake, client = tower({"t1": (0, "SUCCESSED", None)})
    with pytest.raises(ApiValueError) as info:
        wait_tasks(["t1", "nope"], client, interval=0.01)
    assert "nope" in str(info.value)


def test_passing_the_result_object_instead_of_its_task_id(tower):
    fake, client = tower({})
    with pytest.raises(ApiValueError) as info:
        wait_tasks([{"task_id": "t"}], client)
    assert "task_id" in str(info.value)
    assert fake.requests == []


def test_login_stores_the_token(tower):
    fake, client = tower({})
    assert login(client, "root", "root") == "tok-root"
    assert client.configuration.api_key["Authorization"] == "tok-root"
    assert fake.requests[0][1] == {"username": "root", "password": "root", "source": "LOCAL"}
