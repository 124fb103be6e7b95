# coding: utf-8
"""The simulated CloudTower: the world, its tasks, its clock, its change log and its state file.

:class:`Engine` answers one already-validated request: ``handle(op, body,
user_id)`` returns ``(status, json_value)``; what each operation does lives in
``handlers/``.  Changes return ``WithTask`` placeholders at once and take
effect when their task ends (after ``task_seconds`` of the engine's clock);
the task goes PENDING -> EXECUTING -> SUCCESSED, or FAILED with an
``error_message`` when the change is not possible then.

Each request and each settle of the tasks is one *unit*: at its end the
changed records become resource-change events and, with a state file, one
durable journal entry (see ``changes.py`` and ``persistence.py``).
"""
import os
import random
import threading

from . import handlers, schema, world
from .auth import Auth
from .changes import ACTIONS, DEFAULT_RETENTION, ChangeLog, Event
from .clock import make_clock
from .errors import HttpError, TaskFailure  # noqa: F401  (re-exported)
from .handlers.auth import API_VERSION  # noqa: F401  (re-exported)
from .persistence import JOURNAL_LIMIT, StateError, StateFile
from .store import QueryError, Store
from .tasks import Tasks

DEFAULT_CHANGES_LIMIT = 100


class Engine(object):
    """The world and the rules; every public method takes the lock.

    :param state: a path (the world is loaded from it if it exists, and every settled change is
        journaled beside it; see ``persistence.py``), or None.
    :param clock: ``"wall"`` (default), ``"manual"`` (moves only by :meth:`advance`) or a clock.
    :param change_retention: how many resource-change events are kept.
    """

    def __init__(self, seed=0, vms=None, task_seconds=0.5, state=None, clock=None,
                 change_retention=DEFAULT_RETENTION):
        self.lock = threading.RLock()
        self.seed = seed
        self.clock = make_clock(clock)
        self.auth = Auth(seed)
        self.store = Store(seed, ChangeLog(change_retention))
        self.tasks = Tasks(self, float(task_seconds))
        self.state = state if state is None or isinstance(state, StateFile) else StateFile(os.fspath(state))
        self._journal_seq = 0  # of the last journal entry (the snapshot records it)
        self._mark_auth_saved()
        snapshot, entries = self.state.read() if self.state is not None else (None, [])
        if snapshot is None:
            if entries:
                raise StateError("Cannot read the state file %s: it is missing, but its journal %s is not empty"
                                 % (self.state.path, self.state.journal_path))
            self.store.changes.enabled = False  # the world as built is revision 0
            world.build(self.store, vms, now=self.clock.utcnow().replace(microsecond=0))
            self.store.changes.enabled = True
            if self.state is not None:  # the base the journal's entries apply to
                self.state.write_snapshot(self._snapshot())
        else:
            self._restore(snapshot, entries)

    # -- compatibility names used by handlers and tests --------------------------
    @property
    def tokens(self):
        return self.auth.tokens

    @property
    def passwords(self):
        return self.auth.passwords

    @property
    def task_seconds(self):
        return self.tasks.span

    def issue_token(self, user_id):
        """A new login token of ``user_id`` (from ``secrets``)."""
        return self.auth.issue_token(user_id)

    def new_task(self, description, effect, resource_type=None, resource_id=None, cluster_id=None,
                 key=None, mutation=None, user_id=None):
        """Create a PENDING task whose ``effect()`` runs when it ends; returns its id."""
        return self.tasks.new(description, effect, resource_type, resource_id, cluster_id, key, mutation, user_id)

    def refresh(self, *cluster_ids):
        """Recompute the stats of these clusters (their hosts, datacenters, labels): once at the end of
        the running settle(), or now outside of one."""
        self.tasks.refresh(cluster_ids)

    def now_iso(self):
        return world.iso(self.clock.utcnow())

    # -- time ----------------------------------------------------------------
    def settle(self, force=False):
        """Advance every unfinished task to what its age says, then commit (call with the lock)."""
        self.tasks.settle(force)
        if self.store.changes.dirty:
            self.commit()

    def advance(self, seconds):
        """Move a manual clock on by ``seconds`` and settle the tasks."""
        if not self.clock.manual:
            raise ValueError("advance() needs a manual clock: Simulator(clock='manual')")
        with self.lock:
            self.clock.advance(seconds)
            self.settle()

    # -- units of change --------------------------------------------------------
    def commit(self):
        """End a unit: the changed records become events; with a state file, one journal entry."""
        events = self.store.changes.commit(self.store.tables, self.now_iso())
        if self.state is None:
            return events
        entry = {}
        if events:
            entry["events"] = [e.dump() for e in events]
        entry.update(self._auth_changes())
        if entry:
            self._journal_seq += 1
            entry["seq"] = self._journal_seq
            entry["revision"] = self.store.changes.revision
            entry["next_number"] = self.store.next_number
            self.state.append(entry)
            if self.state.journal_size > JOURNAL_LIMIT:
                self.state.write_snapshot(self._snapshot())
        return events

    # -- entry points ------------------------------------------------------------
    def authenticate(self, op, token):
        """The user id of ``token``; raises 401 unless ``op`` needs no login."""
        with self.lock:
            return self.auth.authenticate(op, token)

    def revoke_token(self, token):
        with self.lock:
            self.auth.revoke_token(token)
            self.commit()

    def handle(self, op, body, user_id, fail_tasks=False):
        """Answer one validated request; returns (status, value).

        A request that fails (an HttpError, or a simulator bug) changes nothing: the tasks it
        created are dropped.  ``fail_tasks`` (the ``task-fail`` fault): the tasks it creates fail.
        """
        with self.lock:
            self.settle()
            try:
                return 200, self._handle(op, body, user_id, fail_tasks)
            finally:
                self.commit()

    def _handle(self, op, body, user_id, fail_tasks):
        if user_id is not None and self.store.get("User", user_id) is None:
            self.auth.revoke_user(user_id)
            raise HttpError(401, "Unauthorized: the user of this token no longer exists")
        _check_list_items(op, body, [])
        if op.name == "login":
            body = self.auth.resolve_login(body)
        seq = self.tasks.seq
        try:
            value = self._dispatch(op, body, user_id)
        except QueryError as e:
            self.tasks.drop_after(seq)
            raise HttpError(400, str(e), props=e.props)
        except BaseException:
            self.tasks.drop_after(seq)
            raise
        if fail_tasks:
            self.tasks.doom_after(seq)
        return value

    def _dispatch(self, op, body, user_id):
        query = schema.query_operations().get(op.path)
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
        raise HttpError(501, "The simulator does not simulate %s (%s %s)" % (op.name, op.http_method, op.path))

    def graphql(self, request):
        """The GraphQL endpoint ``/api`` (``{authnStrategies{id type}}`` only)."""
        with self.lock:
            return self.auth.graphql(request)

    def resource_changes(self, params):
        """``GET /resource-changes``: ``params`` is the parsed query string ({name: [values]})."""
        args = _change_args(params)
        with self.lock:
            self.settle()
            log = self.store.changes
            events = log.query(**args)
            return {"currentRevision": str(log.revision), "compactRevision": str(log.compact_revision),
                    "data": [e.to_json() for e in events], "ec": ""}

    # -- persistence -------------------------------------------------------------
    def dump(self):
        """The world as a JSON-able dict (unfinished tasks are finished first)."""
        with self.lock:
            self.settle(force=True)
            return self._snapshot()

    def _snapshot(self):
        s = self.store.rng.getstate()
        return dict(self.auth.dump(), seed=self.seed, tables=self.store.tables, next_number=self.store.next_number,
                    rng=[s[0], list(s[1]), s[2]], changes=self.store.changes.dump(), journal_seq=self._journal_seq)

    def save(self, path=None):
        """Write the world to ``path`` (default: the state file, whose journal it then empties)."""
        data = self.dump()
        (StateFile(path) if path else self.state).write_snapshot(data)

    def close(self):
        """Save the world to the state file (if any) and close it."""
        if self.state is not None:
            self.save()
            self.state.close()

    def _mark_auth_saved(self):
        self._saved_tokens = dict(self.auth.tokens)
        self._saved_passwords = dict(self.auth.passwords)

    def _auth_changes(self):
        """What changed in tokens and passwords since the last journal entry (tokens as a delta:
        a long-running simulator gathers many)."""
        out = {}
        tokens, saved = self.auth.tokens, self._saved_tokens
        if tokens != saved:
            out["tokens_added"] = dict((t, u) for t, u in tokens.items() if saved.get(t) != u)
            out["tokens_removed"] = [t for t in saved if t not in tokens]
            self._saved_tokens = dict(tokens)
        if self.auth.passwords != self._saved_passwords:
            out["passwords"] = self.auth.dump()["passwords"]
            self._saved_passwords = dict(self.auth.passwords)
        return out

    def _restore(self, snapshot, entries):
        store = self.store
        self.seed = snapshot.get("seed", self.seed)  # the saved world's, whatever --seed says now
        self.auth = Auth(self.seed)
        store.next_number = snapshot.get("next_number", snapshot.get("counter", 1))
        if snapshot.get("rng"):
            s = snapshot["rng"]
            store.rng.setstate((s[0], tuple(s[1]), s[2]))
        self.auth.load(snapshot)
        store.load_tables(snapshot.get("tables") or {})
        store.changes.load(snapshot.get("changes") or {})
        self._journal_seq = snapshot.get("journal_seq", 0)
        for entry in entries:
            if entry.get("seq", 0) <= self._journal_seq:
                continue  # already in the snapshot (a crash between writing it and emptying the journal)
            self._journal_seq = entry["seq"]
            for item in entry.get("events", []):
                event = Event.load(item)
                store.put_raw(event.resource_type, event.resource_id, event.new)
                store.changes.add(event)
            self.auth.load(entry)
            store.next_number = max(store.next_number, entry.get("next_number", 1))
        store.reindex()
        store.rng = random.Random(store.next_number)  # ids stay unique: their prefix is the number
        self.tasks.fail_interrupted()
        self._mark_auth_saved()
        self.commit()


def _change_args(params):
    def one(name):
        values = params.get(name) or []
        return values[-1] if values else None

    args = {"resource_type": one("resource_type") or None, "resource_id": one("resource_id") or None}
    limit = one("limit")
    try:
        args["limit"] = DEFAULT_CHANGES_LIMIT if limit is None else int(limit)
    except ValueError:
        args["limit"] = 0
    if not 1 <= args["limit"] <= 1000:
        raise HttpError(400, "limit must be an integer from 1 to 1000, got %r" % limit, props={"path": ["limit"]})
    start = one("start_revision")
    if start is not None and not (start.isdigit()):
        raise HttpError(400, "start_revision must be a revision (a non-negative integer), got %r" % start,
                        props={"path": ["start_revision"]})
    args["start_revision"] = int(start) if start else None
    action = one("action")
    if action and action.upper() not in ACTIONS:
        raise HttpError(400, "action must be one of %s, got %r" % (", ".join(ACTIONS), action),
                        props={"path": ["action"]})
    args["action"] = action or None
    return args


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
