# coding: utf-8
"""watch_resource_changes against a loopback fake of GET /resource-changes, on a fake clock (no real waiting)."""
import threading

import pytest

from loopback import LoopbackServer, Response
from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.exceptions import (ApiException, ApiValueError, NotFoundException,
                                              ResourceChangesCompactedError, ServiceException)
from cloudtower_python_sdk.utils import watch_resource_changes


class FakeLog(object):
    """A change log: changes after start_revision (exclusive), filtered, at most `limit` of them."""

    def __init__(self, srv, changes=0):
        self.srv = srv
        self.events = []
        self.compact = "0"
        self.failures = []          # statuses to answer the next requests with
        self.inclusive = False      # a server that also returns the change at start_revision
        self._lock = threading.Lock()
        for _ in range(changes):
            self.change()
        srv.respond_with(self.answer)

    def change(self, resource_type="vm", action="UPDATE", resource_id="vm-1"):
        with self._lock:
            revision = str(len(self.events) + 1)
            self.events.append({"revision": revision, "prev_revision": str(len(self.events)),
                                "resource_type": resource_type, "action": action, "resource_id": resource_id,
                                "created_at": "2026-01-01T00:00:00Z", "old_value": "{}", "new_value": "{}"})
            return revision

    def answer(self, rec):
        if rec.path != "/v2/api/resource-changes":
            return None
        with self._lock:
            if self.failures:
                return Response(self.failures.pop(0), {"message": "try later"})
            q = rec.query
            start = int(q.get("start_revision", 0))
            types = q["resource_type"].split(",") if "resource_type" in q else None
            out = [e for e in self.events
                   if (int(e["revision"]) >= start if self.inclusive else int(e["revision"]) > start)
                   and (types is None or e["resource_type"] in types)
                   and q.get("action", e["action"]) == e["action"]
                   and q.get("resource_id", e["resource_id"]) == e["resource_id"]]
            return Response(200, {"currentRevision": str(len(self.events)), "compactRevision": self.compact,
                                  "data": out[:int(q.get("limit", 100))], "ec": ""})

    def queries(self):
        return [r.query for r in self.srv.requests if r.path == "/v2/api/resource-changes"]


class FakeTime(object):
    """clock() and sleep(): sleeping moves the clock and runs what the test scheduled for that moment."""

    def __init__(self):
        self.now = 0.0
        self.sleeps = []
        self.on_sleep = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds
        if self.on_sleep:
            self.on_sleep.pop(0)()


@pytest.fixture
def log():
    with LoopbackServer(default=Response(404, {"message": "no such path"})) as srv:
        yield FakeLog(srv, changes=5), ApiClient(Configuration(host=srv.api_host())), FakeTime()


def test_starts_now_and_yields_a_change_made_after_it_began(log):
    fake, client, t = log
    watcher = watch_resource_changes(client, timeout=20, interval=0.2, sleep=t.sleep, clock=t.clock)
    assert watcher.revision == "5"  # read when it was created
    fake.change(resource_id="vm-started-before-the-first-next")
    t.on_sleep.append(lambda: fake.change(action="CREATE", resource_id="vm-42"))
    first, second = next(watcher), next(watcher)
    assert (first.revision, first.resource_id) == ("6", "vm-started-before-the-first-next")
    assert (second.revision, second.action, second.resource_id) == ("7", "CREATE", "vm-42")
    assert watcher.revision == "7" and t.sleeps == [0.2]
    watcher.close()
    with pytest.raises(StopIteration):
        next(watcher)


def test_catches_up_in_batches_without_pausing(log):
    fake, client, t = log
    for _ in range(245):
        fake.change()
    watcher = watch_resource_changes(client, start_revision="0", limit=100, interval=1, timeout=1.5,
                                     sleep=t.sleep, clock=t.clock)
    revisions = [e.revision for e in watcher]
    assert revisions == [str(i) for i in range(1, 251)]
    assert [q.get("start_revision") for q in fake.queries()] == ["0", "100", "200", "250"]
    assert all(q["limit"] == "100" for q in fake.queries())
    assert t.sleeps == [1, 0.5]  # only once caught up; the last wait cut at the timeout


def test_filters_and_resume_from_a_revision(log):
    fake, client, t = log
    fake.change(resource_type="host", action="CREATE", resource_id="host-1")
    fake.change(resource_type="cluster", action="CREATE", resource_id="c-1")
    fake.change(resource_type="vm", action="DELETE", resource_id="vm-9")
    watcher = watch_resource_changes(client, resource_types=["vm", "host"], action="CREATE", start_revision=2,
                                     timeout=1, interval=1, sleep=t.sleep, clock=t.clock)
    assert [(e.resource_type, e.resource_id) for e in watcher] == [("host", "host-1")]
    query = fake.queries()[0]
    assert (query["resource_type"], query["action"], query["start_revision"]) == ("vm,host", "CREATE", "2")


def test_transient_errors_back_off_then_give_up(log):
    fake, client, t = log
    client.configuration.max_retries = 0  # the watcher's own backoff, not the client's retries of a read
    fake.failures = [503, 502, 429]
    watcher = watch_resource_changes(client, start_revision="4", interval=2, max_retries=3,
                                     sleep=t.sleep, clock=t.clock)
    assert next(watcher).revision == "5"
    assert t.sleeps == [2, 4, 8]
    fake.failures = [500] * 4
    with pytest.raises(ServiceException):
        list(watcher)
    assert t.sleeps == [2, 4, 8, 2, 2, 4, 8]  # the poll interval, then the backoff from the start
    assert len(fake.queries()) == 4 + 4


def test_a_missing_endpoint_is_raised_at_once(log):
    fake, client, t = log
    client.configuration.host = fake.srv.url() + "/old-tower/v2/api"
    with pytest.raises(NotFoundException):
        watch_resource_changes(client, sleep=t.sleep, clock=t.clock)
    assert t.sleeps == []


def test_compaction_is_raised_with_both_revisions(log):
    fake, client, t = log
    fake.compact = "4"
    watcher = watch_resource_changes(client, start_revision="2", sleep=t.sleep, clock=t.clock)
    with pytest.raises(ResourceChangesCompactedError) as e:
        next(watcher)
    assert isinstance(e.value, ApiException) and e.value.status == 410
    assert (e.value.compact_revision, e.value.revision) == ("4", "2")
    assert "revision 2 is below the compact revision 4" in str(e.value)
    assert [e.revision for e in watch_resource_changes(client, start_revision="4", timeout=0.5,
                                                         sleep=t.sleep, clock=t.clock)] == ["5"]


def test_a_server_that_repeats_the_start_revision_yields_each_change_once(log):
    fake, client, t = log
    fake.inclusive = True
    t.on_sleep = [lambda: fake.change(), lambda: None]
    watcher = watch_resource_changes(client, start_revision="3", timeout=5, interval=2, sleep=t.sleep, clock=t.clock)
    assert [e.revision for e in watcher] == ["4", "5", "6"]


def test_timeout_ends_it_and_with_closes_it(log):
    fake, client, t = log
    with watch_resource_changes(client, timeout=5, interval=2, sleep=t.sleep, clock=t.clock) as watcher:
        assert list(watcher) == []
    assert t.sleeps == [2, 2, 1] and "closed" in repr(watcher)


def test_close_from_another_thread_ends_a_wait_at_once(log):
    fake, client, t = log
    watcher = watch_resource_changes(client, interval=3600)  # the real, interruptible wait
    result = []
    consumer = threading.Thread(target=lambda: result.append(list(watcher)))
    consumer.start()
    while len(fake.queries()) < 2 and consumer.is_alive():  # the creation's request and the first poll
        consumer.join(0.01)
    watcher.close()
    consumer.join(30)  # a hang guard only
    assert not consumer.is_alive() and result == [[]]


@pytest.mark.parametrize("kwargs, words", [
    ({"interval": 0}, "interval must be a positive number"),
    ({"timeout": -1}, "timeout must be a non-negative number"),
    ({"limit": 1001}, "limit must be an integer from 1 to 1000"),
    ({"resource_types": ["vm", 3]}, "resource_types must be a type name or a list"),
    ({"start_revision": "latest"}, "revisions are numbers"),
])
def test_bad_arguments(kwargs, words):
    from helpers import offline_client
    with pytest.raises(ApiValueError) as e:
        watch_resource_changes(offline_client(), **dict({"start_revision": "1"}, **kwargs))
    assert words in str(e.value)
