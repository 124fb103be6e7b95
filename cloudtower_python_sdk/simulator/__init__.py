# coding: utf-8
"""A local CloudTower 4.6.0 for tests and examples (what moto is to boto3).

From Python::

    from cloudtower_python_sdk.simulator import Simulator
    from cloudtower_python_sdk import VmApi

    with Simulator(seed=0, task_seconds=0.2) as sim:
        vms = VmApi(sim.client).get_vms({"where": {"status": "RUNNING"}})

From a shell::

    python -m cloudtower_python_sdk.simulator --port 8090

It needs Python 3.6+ (the SDK talking to it may run on 2.7).
"""
import sys

if sys.version_info < (3, 6):  # pragma: no cover
    raise ImportError("cloudtower_python_sdk.simulator needs Python 3.6+ (the SDK itself runs on 2.7)")

from .changes import DEFAULT_RETENTION  # noqa: E402
from .engine import API_VERSION, Engine, HttpError, TaskFailure  # noqa: E402,F401
from .faults import Fault, Faults  # noqa: E402
from .persistence import StateError  # noqa: E402,F401
from .server import PREFIX, ServerThread, make_server  # noqa: E402,F401

__all__ = ["Simulator", "Engine", "World", "Fault", "make_server", "API_VERSION"]


class World(object):
    """Read access to the simulator's world for assertions (records are wire-keyed dicts)."""

    def __init__(self, engine):
        self.engine = engine

    @property
    def lock(self):
        return self.engine.lock

    def all(self, type_name):
        """Every record of a resource type (e.g. "Vm"), as rendered by the API."""
        with self.engine.lock:
            self.engine.settle()
            return [self.engine.store.render(type_name, r) for r in self.engine.store.all(type_name)]

    def get(self, type_name, id_):
        with self.engine.lock:
            self.engine.settle()
            rec = self.engine.store.get(type_name, id_)
            return None if rec is None else self.engine.store.render(type_name, rec)

    def find(self, type_name, **equals):
        """Records whose fields equal ``equals`` (e.g. ``find("Vm", status="RUNNING")``)."""
        return [r for r in self.all(type_name) if all(r.get(k) == v for k, v in equals.items())]

    def first(self, type_name, **equals):
        found = self.find(type_name, **equals)
        return found[0] if found else None

    def count(self, type_name):
        with self.engine.lock:
            return len(self.engine.store.tables.get(type_name, {}))

    def settle(self):
        """Finish every unfinished task now."""
        with self.engine.lock:
            self.engine.settle(force=True)


class Simulator(object):
    """A simulator on a free loopback port, in a background thread.

    :param seed: the world's seed (same seed, same world; not the same login tokens).
    :param vms: how many VMs (default 48; 10,000+ works).
    :param task_seconds: how long a task takes, PENDING -> EXECUTING -> SUCCESSED (0: at once).
    :param state: a file to load the world from (if it exists); every settled change is journaled
        beside it, and ``stop()`` writes it whole.
    :param port: a fixed port (default: a free one).
    :param faults: rules like ``"get-vms:503:2"`` (see :mod:`.faults`).
    :param clock: ``"wall"`` (default) or ``"manual"``: time moves only by :meth:`advance`.
    :param change_retention: how many resource-change events are kept.

    ``sim.url`` is the API URL (``http://127.0.0.1:PORT/v2/api``), ``sim.client``
    a logged-in ``ApiClient`` (root/root), ``sim.new_client()`` another one,
    ``sim.world`` a :class:`World` for assertions.  Example::

        with Simulator(clock="manual", task_seconds=10, faults=["get-vms:503"]) as sim:
            sim.add_fault("start-vm:task-fail")
            sim.advance(10)
    """

    def __init__(self, seed=0, vms=None, task_seconds=0.5, state=None, host="127.0.0.1", port=0, quiet=True,
                 faults=(), clock=None, change_retention=DEFAULT_RETENTION):
        self.seed = seed
        self.vms = vms
        self.task_seconds = task_seconds
        self.state = state
        self.host = host
        self.port = port
        self.quiet = quiet
        self.faults = Faults(faults)
        self.clock = clock
        self.change_retention = change_retention
        self.engine = None
        self._server = None
        self._clients = []
        self._client = None

    def start(self):
        self.engine = Engine(seed=self.seed, vms=self.vms, task_seconds=self.task_seconds, state=self.state,
                             clock=self.clock, change_retention=self.change_retention)
        self._server = ServerThread(self.engine, self.host, self.port, self.quiet, self.faults).start()
        return self

    def stop(self):
        for c in self._clients:
            try:
                c.close()
            except Exception:
                pass
        self._clients = []
        self._client = None
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self.engine is not None:
            self.engine.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def add_fault(self, rule):
        """Add a fault rule (``"start-vm:reset"``, ``"*:503:*"``...) after the others; returns its Fault."""
        return self.faults.add(rule)

    def clear_faults(self):
        self.faults.clear()

    def advance(self, seconds):
        """Move the manual clock on by ``seconds`` (tasks progress and end accordingly)."""
        self.engine.advance(seconds)

    @property
    def url(self):
        return self._server.url

    @property
    def world(self):
        return World(self.engine)

    def new_client(self, username="root", password="root", source="LOCAL", login=True):
        """A new ``ApiClient`` for this simulator, logged in unless ``login=False``."""
        from .. import ApiClient, Configuration
        from ..utils import login as do_login
        client = ApiClient(Configuration(host=self.url))
        if login:
            do_login(client, username, password, source)
        self._clients.append(client)
        return client

    @property
    def client(self):
        """A logged-in ``ApiClient`` (root), created on first use."""
        if self._client is None:
            self._client = self.new_client()
        return self._client
