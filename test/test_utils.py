# coding: utf-8
"""utils.wait_task / wait_tasks / login against a loopback fake of get-tasks and login."""
import io
import json
import threading
import time

import pytest
import six
from six.moves import BaseHTTPServer, socketserver

from cloudtower_python_sdk import ApiClient, ApiException, Configuration
from cloudtower_python_sdk.exceptions import ApiValueError
from cloudtower_python_sdk import utils as utils_module
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
        disable_nagle_algorithm = True  # else the body waits for the client's delayed ACK

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
    thread = threading.Thread(target=server.serve_forever, args=(0.005,))  # shutdown() is seen within 5 ms
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


class SteppedClock(object):
    """Stands for ``utils._now`` and ``utils.time``: ``sleep`` moves the clock on instead of waiting."""

    def __init__(self):
        self.value, self.sleeps = 1000.0, []

    def now(self):
        return self.value

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.value += seconds


@pytest.fixture
def stepped_clock(monkeypatch):
    """wait_tasks on a :class:`SteppedClock`: its pauses and deadline cost no real time."""
    clock = SteppedClock()
    monkeypatch.setattr(utils_module, "_now", clock.now)
    monkeypatch.setattr(utils_module, "time", clock)
    return clock


def test_timeout_is_408_and_names_the_pending_tasks(tower, stepped_clock):
    fake, client = tower({"forever": (10 ** 6, "SUCCESSED", None)})
    clock = stepped_clock
    with pytest.raises(ApiException) as info:
        wait_tasks(["forever"], client, interval=0.25, timeout=1)
    assert info.value.status == 408 and "forever" in str(info.value)
    assert clock.sleeps == [0.25] * 4  # it gave up when the timeout was spent, not later
    assert fake.polls["forever"] == 5  # polls at 0, 0.25, 0.5, 0.75 and 1 s of the clock


def test_a_task_that_ends_in_the_last_interval_is_reported_as_ended(tower, stepped_clock):
    # The poll at the deadline (no time left on the clock) still gets a moment to answer: here 50 ms.
    fake, client = tower({"late": (4, "SUCCESSED", None)})
    answer = fake.answer

    def slow_last_answer(path, body):
        if fake.polls["late"] == 4:
            time.sleep(0.05)
        return answer(path, body)
    fake.answer = slow_last_answer
    tasks = wait_tasks(["late"], client, interval=0.25, timeout=1)
    assert [(t.id, t.status) for t in tasks] == [("late", "SUCCESSED")]
    assert stepped_clock.sleeps == [0.25] * 4 and fake.polls["late"] == 5


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


# -- waits that survive, progress ------------------------------------------------------------------------
import os  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback import LoopbackServer, Response  # noqa: E402

from cloudtower_python_sdk import ApiConnectionError, ApiTimeoutError, TaskFailedError, TaskTimeoutError  # noqa: E402
from cloudtower_python_sdk.utils import progress_bar  # noqa: E402

GET_TASKS = "/v2/api/get-tasks"


def task(task_id, status, progress=0.5, error=None, code=None):
    return {"id": task_id, "status": status, "progress": progress, "error_message": error, "error_code": code}


@pytest.fixture
def loopback():
    srv = LoopbackServer()
    yield srv
    srv.stop()


def scripted(srv, *answers, **config):
    """Answer get-tasks with ``answers`` in turn (a Response, or a list of tasks); a client for it."""
    for answer in answers:
        if isinstance(answer, Response):
            srv.add(GET_TASKS, status=answer.status, body=answer.body, hang=answer.hang, times=1)
        else:
            srv.add(GET_TASKS, body=answer, times=1)
    return ApiClient(Configuration(host=srv.api_host(), **config))


@pytest.mark.parametrize("max_retries", [0, 4])
def test_wait_tasks_completes_through_a_503_while_polling(loopback, max_retries):
    client = scripted(loopback, [task("t1", "EXECUTING")], Response(503, {"message": "busy"}),
                      [task("t1", "SUCCESSED", 1.0)], max_retries=max_retries)
    client.rest_client.sleep = lambda seconds: None
    done = wait_tasks(["t1"], client, interval=0.01, timeout=30)
    assert [t.id for t in done] == ["t1"] and done[0].status == "SUCCESSED"
    assert len(loopback.requests) == 3


def test_wait_tasks_keeps_polling_through_a_lost_connection(loopback):
    loopback.add(GET_TASKS, body=[task("t1", "EXECUTING")], times=1)
    loopback.add(GET_TASKS, drop=True, times=1)
    loopback.add(GET_TASKS, body=[task("t1", "SUCCESSED", 1.0)])
    client = ApiClient(Configuration(host=loopback.api_host(), max_retries=0))
    assert wait_task("t1", client, interval=0.01).status == "SUCCESSED"


def test_a_hung_poll_is_bounded_by_the_wait(loopback):
    client = scripted(loopback, [task("t1", "EXECUTING")], Response(hang=True))
    started = time.time()
    with pytest.raises(TaskTimeoutError) as info:
        wait_tasks(["t1"], client, interval=0.01, timeout=0.3)
    assert time.time() - started < 10  # hang guard only: the poll alone would wait read_timeout (60 s)
    e = info.value
    assert e.status == 408 and e.task_ids == ["t1"] and e.task_id == "t1"
    assert isinstance(e.__cause__, ApiTimeoutError)
    assert "t1 (EXECUTING)" in str(e)


def test_paused_tasks_are_waited_for_and_named_on_timeout(loopback, stepped_clock):
    client = scripted(loopback, [task("t1", "PAUSED"), task("t2", "SUCCESSED", 1.0)])
    loopback.add(GET_TASKS, body=[task("t1", "PAUSED")])
    with pytest.raises(TaskTimeoutError) as info:
        wait_tasks(["t1", "t2"], client, interval=0.05, timeout=0.3)
    assert info.value.task_ids == ["t1"] and "t1 (PAUSED)" in str(info.value)
    assert isinstance(info.value, ApiException)


def test_task_failure_carries_the_task(loopback):
    client = scripted(loopback, [task("t1", "FAILED", 1.0, "disk full", "VmDiskFull"), task("t2", "SUCCESSED")])
    with pytest.raises(TaskFailedError) as info:
        wait_tasks(["t1", "t2"], client, interval=0.01)
    e = info.value
    assert isinstance(e, ApiException) and e.status == 500
    assert (e.task_id, e.error_code, e.error_message) == ("t1", "VmDiskFull", "disk full")
    assert [t.id for t in e.tasks] == ["t1"]
    assert "t1: disk full [VmDiskFull]" in str(e)


def test_a_poll_refused_for_good_is_raised(loopback):
    client = scripted(loopback, Response(403, {"message": "no"}))
    with pytest.raises(ApiException) as info:
        wait_tasks(["t1"], client, interval=0.01, timeout=5)
    assert info.value.status == 403


def test_on_progress_sees_every_poll_and_the_result_is_the_tasks(loopback):
    client = scripted(loopback, [task("t1", "PENDING", 0.0), task("t2", "EXECUTING", 0.2)],
                      [task("t2", "EXECUTING", 0.7)], [task("t2", "SUCCESSED", 1.0)])
    loopback.add(GET_TASKS, body=[task("t1", "SUCCESSED", 1.0)])
    seen = []
    done = wait_tasks(["t1", "t2", None, "t1"], client, interval=0.01,
                      on_progress=lambda tasks: seen.append([(t.id, t.status) for t in tasks]))
    assert seen == [[("t1", "PENDING"), ("t2", "EXECUTING")], [("t1", "PENDING"), ("t2", "EXECUTING")],
                    [("t1", "PENDING"), ("t2", "SUCCESSED")], [("t1", "SUCCESSED"), ("t2", "SUCCESSED")]]
    assert [r.json()["where"]["id_in"] for r in loopback.requests][-1] == ["t1"]  # finished tasks not asked again
    assert [t.id for t in done] == ["t1", "t2"] and type(done[0]).__name__ == "Task"


class FakeTerminal(io.StringIO if six.PY3 else io.BytesIO):
    def isatty(self):
        return True


def test_progress_bar_draws_on_a_terminal_only():
    from cloudtower_python_sdk.models.task import Task
    tasks = [Task._wrap(task("t1", "SUCCESSED", 1.0)), Task._wrap(task("t2", "PAUSED", 0.5))]
    terminal = FakeTerminal()
    show = progress_bar(terminal, width=10)
    show(tasks)
    out = terminal.getvalue()
    assert out.startswith("\r[########--]  75%  1/2 done, 1 PAUSED") and not out.endswith("\n")
    show([tasks[0], Task._wrap(task("t2", "SUCCESSED", 1.0))])
    assert "100%  2/2 done" in terminal.getvalue() and terminal.getvalue().endswith("\n")
    pipe = io.StringIO() if six.PY3 else io.BytesIO()
    progress_bar(pipe)(tasks)
    assert pipe.getvalue() == ""


def test_connection_errors_while_polling_until_the_deadline(loopback, stepped_clock):
    from loopback import closed_port
    client = ApiClient(Configuration(host="http://127.0.0.1:%d/v2/api" % closed_port(), max_retries=0))
    with pytest.raises(TaskTimeoutError) as info:
        wait_tasks(["t1"], client, interval=0.05, timeout=0.3)
    assert isinstance(info.value.__cause__, ApiConnectionError)
