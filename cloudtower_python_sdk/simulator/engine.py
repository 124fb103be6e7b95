# coding: utf-8
"""The simulated CloudTower: the world, its tasks, and what each operation does.

:class:`Engine` answers one already-validated request: ``handle(op, body,
token)`` returns ``(status, json_value)``.  Changes return ``WithTask``
placeholders at once and take effect when their task ends (after
``task_seconds``); the task goes PENDING -> EXECUTING -> SUCCESSED, or
FAILED with an ``error_message`` when the change is not possible then (an
illegal power transition, for example).
"""
import datetime
import json
import threading
import time
import uuid as _uuid

from . import handlers, schema, world
from .errors import HttpError, TaskFailure  # noqa: F401  (re-exported)
from .handlers.auth import API_VERSION  # noqa: F401  (re-exported)
from .store import QueryError, Store

_NO_AUTH = ("/login", "/get-version", "/create-root-user")


def _now():
    """The time in UTC, naive (as the stored timestamps are)."""
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


class Engine(object):
    """The world and the rules; every public method takes the lock."""

    def __init__(self, seed=0, vms=None, task_seconds=0.5, state=None):
        self.lock = threading.RLock()
        self.task_seconds = float(task_seconds)
        self.seed = seed
        self.tokens = {}
        self.passwords = dict(world.PASSWORDS)
        self.active = {}  # task id -> (start time, effect, seq)
        self._seq = 0
        self._dirty = None  # cluster ids whose stats a running settle() refreshes at its end
        self.store = Store(seed)
        if state is not None:
            self._load(state)
        else:
            world.build(self.store, seed, vms)

    # -- persistence -------------------------------------------------------
    def dump(self):
        """The world as a JSON-able dict (unfinished tasks are finished first)."""
        with self.lock:
            self.settle(force=True)
            return {"version": 1, "seed": self.seed, "tables": self.store.tables,
                    "counter": next(self.store._counter), "rng": _rng_state(self.store.rng),
                    "passwords": [[u, s, p] for (u, s), p in self.passwords.items()],
                    "tokens": dict(self.tokens)}  # tokens do not expire: a restart keeps clients logged in

    def save(self, path):
        data = self.dump()
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(data, f)
        import os
        os.replace(tmp, path)

    def _load(self, data):
        import itertools
        import random
        store = self.store
        store._counter = itertools.count(data.get("counter", 1))
        rng = random.Random()
        state = data.get("rng")
        if state:
            rng.setstate((state[0], tuple(state[1]), state[2]))
        store.rng = rng
        self.passwords = dict(((u, s), p) for u, s, p in data.get("passwords", []))
        self.tokens = dict(data.get("tokens") or {})
        for type_name, table in data["tables"].items():
            if type_name not in schema.resource_names():
                continue
            t = store.table(type_name)
            for id_, rec in table.items():
                t[id_] = rec
        for type_name, table in store.tables.items():
            rtype = schema.resource(type_name)
            for key, (card, target) in rtype.relations.items():
                if not rtype.stored(key):
                    continue
                index = store.rev.setdefault((type_name, key), {})
                for id_, rec in table.items():
                    value = rec.get(key)
                    for t in (value or []) if card == "many" else ([value] if value else []):
                        index.setdefault(t, set()).add(id_)

    # -- tasks -------------------------------------------------------------
    def new_task(self, description, effect, resource_type=None, resource_id=None, cluster_id=None,
                 key=None, mutation=None, user_id=None):
        """Create a PENDING task whose ``effect()`` runs when it ends; returns its id."""
        now = time.time()
        self._seq += 1
        rec = self.store.insert("Task", dict(
            description=description, status="PENDING", progress=0.0, internal=False, args={}, snapshot="{}",
            steps=[], key=key, resource_type=resource_type, resource_id=resource_id, resource_mutation=mutation,
            cluster=cluster_id if cluster_id and self.store.get("Cluster", cluster_id) else None,
            user=user_id, local_created_at=world.iso(_now())))
        self.active[rec["id"]] = (now, effect, self._seq)
        return rec["id"]

    def settle(self, force=False):
        """Advance every unfinished task to what its age says (call with the lock)."""
        if not self.active:
            return
        now = time.time()
        span = self.task_seconds
        due = []
        for task_id, (start, effect, seq) in list(self.active.items()):
            task = self.store.get("Task", task_id)
            if task is None:
                del self.active[task_id]
                continue
            age = now - start
            if force or age >= span:
                due.append((start, seq, task_id, effect))
            elif age >= span * 0.3:
                if task["status"] == "PENDING":
                    task["status"] = "EXECUTING"
                    task["started_at"] = world.iso(_now())
                task["progress"] = round(min(0.99, age / span), 2) if span else 0.99
        self._dirty = set()
        try:
            for start, seq, task_id, effect in sorted(due):
                self._finish(task_id, effect)
        finally:
            dirty, self._dirty = self._dirty, None
            if dirty:
                world.refresh_stats(self.store, dirty)

    def refresh(self, *cluster_ids):
        """Recompute the stats of these clusters (their hosts, datacenters, labels): at the end of the
        running settle() -- once, however many tasks touched them -- or now outside of one."""
        ids = set(c for c in cluster_ids if c)
        if self._dirty is not None:
            self._dirty.update(ids)
        elif ids:
            world.refresh_stats(self.store, ids)

    def _finish(self, task_id, effect):
        del self.active[task_id]
        task = self.store.get("Task", task_id)
        if task["started_at"] is None:
            task["started_at"] = world.iso(_now())
        try:
            effect()
        except TaskFailure as e:
            task["status"] = "FAILED"
            task["error_message"] = e.message
            task["error_code"] = e.code
        except Exception as e:  # a simulator bug: fail this task, keep the others (and the ticker) going
            import traceback
            traceback.print_exc()
            task["status"] = "FAILED"
            task["error_message"] = "Simulator error while running the task: %s: %s" % (type(e).__name__, e)
            task["error_code"] = "ESimulatorError"
        else:
            task["status"] = "SUCCESSED"
        task["progress"] = 1.0
        task["finished_at"] = world.iso(_now())

    # -- entry point -------------------------------------------------------
    def authenticate(self, op, token):
        """The user id of ``token``; raises 401 unless ``op`` needs no login."""
        if op.path in _NO_AUTH:
            return None
        user = self.tokens.get(token) if token else None
        if user is None:
            raise HttpError(401, "Unauthorized: call login first and send its token in the Authorization header"
                            if not token else "Unauthorized: the token is not valid")
        return user

    def handle(self, op, body, user_id):
        """Answer one validated request; returns (status, value).

        A request that fails (an HttpError, or a simulator bug) changes nothing: the tasks it
        created are dropped.
        """
        with self.lock:
            self.settle()
            if user_id is not None and self.store.get("User", user_id) is None:
                for token in [t for t, u in self.tokens.items() if u == user_id]:
                    del self.tokens[token]
                raise HttpError(401, "Unauthorized: the user of this token no longer exists")
            _check_list_items(op, body, [])
            seq = self._seq
            try:
                return 200, self._dispatch(op, body, user_id)
            except QueryError as e:
                self._drop_tasks_after(seq)
                raise HttpError(400, str(e), props=e.props)
            except BaseException:
                self._drop_tasks_after(seq)
                raise

    def _drop_tasks_after(self, seq):
        for task_id, (start, effect, task_seq) in list(self.active.items()):
            if task_seq > seq:
                del self.active[task_id]
                self.store.delete("Task", task_id)

    def _dispatch(self, op, body, user_id):
        path = op.path
        query = schema.query_operations().get(path)
        if query is not None:
            type_name, kind = query
            records = self.store.query(type_name, body, count_only=(kind == "count"))
            if kind == "count":
                return {"aggregate": {"count": len(records)}}
            render = self.store.render
            return [render(type_name, r) for r in records]
        handler = handlers.lookup(op)
        if handler is not None:
            return handler(handlers.Call(self, op, body, user_id))
        raise HttpError(501, "The simulator does not simulate %s (%s %s)" % (op.name, op.http_method, op.path),
                        code=None)

    def issue_token(self, user_id):
        """A new login token of ``user_id``."""
        token = _uuid.UUID(int=self.store.rng.getrandbits(128)).hex
        self.tokens[token] = user_id
        return token


def _where_path(path):
    out = ""
    for p in path:
        out += "[%d]" % p if isinstance(p, int) else ("." if out else "") + p
    return out


def _check_list_items(op, value, path):
    """A null list item is a 400 naming it (Tower refuses them), except in ``x_in``/``x_not_in``
    filters, where Prisma reads ``[null]`` as IS NULL."""
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                _check_list_items(op, v, path + [k])
    elif isinstance(value, list):
        in_filter = bool(path) and isinstance(path[-1], str) and path[-1].endswith("_in")
        for i, v in enumerate(value):
            if v is None and not in_filter:
                raise HttpError(400, "Invalid value for '%s' of %s: a list item is null" % (
                    _where_path(path + [i]), op.name), props={"path": path + [i]})
            if isinstance(v, (dict, list)):
                _check_list_items(op, v, path + [i])


def _rng_state(rng):
    s = rng.getstate()
    return [s[0], list(s[1]), s[2]]
