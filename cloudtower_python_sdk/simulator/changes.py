# coding: utf-8
"""Resource changes: every create, update and delete of any record, with a revision.

The store's records are :class:`Record` dicts that tell the :class:`ChangeLog`
before their first change in a *unit* (one request, or one settle of the
tasks).  :meth:`ChangeLog.commit` ends the unit: each record that differs
from its state at the unit's start becomes one event with the next revision.
So every handler and every task effect gets change events for free, as long
as it replaces fields (``vm["status"] = "RUNNING"``) rather than mutating a
field's value in place.

Events (what ``GET /resource-changes`` answers)::

    {"revision": "42", "prev_revision": "17", "resource_type": "Vm", "resource_id": "ck...",
     "action": "UPDATE", "old_value": "{...}", "new_value": "{...}", "created_at": "2026-...Z"}

``prev_revision`` is the revision of the resource's previous event (null when
it has none in the kept history).  Only the newest ``retention`` events are
kept; ``compact_revision`` is the oldest revision a reader can still ask for
(history below it is gone).
"""
import collections
import copy
import json

CREATE, UPDATE, DELETE = "CREATE", "UPDATE", "DELETE"
ACTIONS = (CREATE, UPDATE, DELETE)
DEFAULT_RETENTION = 10000
_CREATED = object()


class Record(dict):
    """A stored record: a dict that reports its first change in a unit to its store's change log."""

    __slots__ = ("_log", "_type")

    def _touch(self):
        log = self._log
        if log is not None and log.enabled:
            log.touch(self._type, self)

    def __setitem__(self, key, value):
        self._touch()
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        self._touch()
        dict.__delitem__(self, key)

    def update(self, *args, **kwargs):
        self._touch()
        dict.update(self, *args, **kwargs)

    def pop(self, *args):
        self._touch()
        return dict.pop(self, *args)

    def setdefault(self, key, default=None):
        if key not in self:
            self._touch()
        return dict.setdefault(self, key, default)

    def clear(self):
        self._touch()
        dict.clear(self)

    def popitem(self):
        self._touch()
        return dict.popitem(self)

    # Copies are plain dicts: a copy is not in the store.
    def __copy__(self):
        return dict(self)

    def __deepcopy__(self, memo):
        return copy.deepcopy(dict(self), memo)

    def __reduce_ex__(self, protocol):
        return dict, (dict(self),)


def record(log, type_name, values):
    """A :class:`Record` of ``type_name`` holding ``values``, reporting to ``log`` (may be None)."""
    rec = Record(values)
    rec._log = log
    rec._type = type_name
    return rec


def snapshot(rec):
    """A copy of a record deep enough that later changes to it do not show (faster than deepcopy)."""
    out = dict(rec)
    for k, v in out.items():
        if isinstance(v, (list, dict)):
            out[k] = _copy(v)
    return out


def _copy(v):
    if isinstance(v, list):
        return [_copy(x) if isinstance(x, (list, dict)) else x for x in v]
    if isinstance(v, dict):
        return dict((k, _copy(x) if isinstance(x, (list, dict)) else x) for k, x in v.items())
    return v


def public(rec):
    """A record without the simulator's private keys (``_host_pending``...)."""
    return dict((k, v) for k, v in rec.items() if not k.startswith("_"))


class Event(object):
    __slots__ = ("revision", "prev_revision", "resource_type", "resource_id", "action", "old", "new", "created_at")

    def __init__(self, revision, prev_revision, resource_type, resource_id, action, old, new, created_at):
        self.revision = revision
        self.prev_revision = prev_revision
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.action = action
        self.old = old
        self.new = new
        self.created_at = created_at

    def to_json(self):
        """The event as the API answers it (values as JSON text)."""
        return {"revision": str(self.revision),
                "prev_revision": None if self.prev_revision is None else str(self.prev_revision),
                "resource_type": self.resource_type, "resource_id": self.resource_id, "action": self.action,
                "old_value": None if self.old is None else json.dumps(public(self.old), sort_keys=True),
                "new_value": None if self.new is None else json.dumps(public(self.new), sort_keys=True),
                "created_at": self.created_at}

    def dump(self):
        """A JSON-able list for the state file (private keys kept: the engine needs them back)."""
        return [self.revision, self.prev_revision, self.resource_type, self.resource_id, self.action,
                self.old, self.new, self.created_at]

    @classmethod
    def load(cls, item):
        return cls(*item)


class ChangeLog(object):
    """Revisions and the kept events; the pending changes of the current unit."""

    def __init__(self, retention=DEFAULT_RETENTION):
        if retention is not None and retention < 1:
            raise ValueError("The change retention must be at least 1 event, got %r" % (retention,))
        self.retention = retention
        self.enabled = True  # off while the world is built: the built world is revision 0
        self.revision = 0
        self.compact_revision = 0
        self.events = collections.deque()
        self._last = {}  # (type, id) -> revision of its newest kept event
        self._pending = collections.OrderedDict()  # (type, id) -> state at the unit's start (or _CREATED)

    # -- during a unit ------------------------------------------------------
    def touch(self, type_name, rec):
        if not self.enabled:
            return
        key = (type_name, rec["id"])
        if key not in self._pending:
            self._pending[key] = snapshot(rec)

    def created(self, type_name, id_):
        if not self.enabled:
            return
        key = (type_name, id_)
        if key not in self._pending:
            self._pending[key] = _CREATED

    @property
    def dirty(self):
        return bool(self._pending)

    # -- end of a unit ---------------------------------------------------------
    def commit(self, tables, now):
        """Turn the unit's changes into events (revision order = order of first change); returns them."""
        pending, self._pending = self._pending, collections.OrderedDict()
        out = []
        for (type_name, id_), old in pending.items():
            current = tables.get(type_name, {}).get(id_)
            if old is _CREATED:
                if current is None:
                    continue  # created and dropped in the same unit
                action, old = CREATE, None
            elif current is None:
                action = DELETE
            elif old == current:
                continue
            else:
                action = UPDATE
            new = None if current is None else snapshot(current)
            out.append(self._append(type_name, id_, action, old, new, now))
        return out

    def _append(self, type_name, id_, action, old, new, now):
        self.revision += 1
        key = (type_name, id_)
        event = Event(self.revision, self._last.get(key), type_name, id_, action, old, new, now)
        self._last[key] = self.revision
        self.add(event)
        return event

    def add(self, event):
        """Keep ``event`` (already numbered), dropping the oldest beyond the retention."""
        self.revision = max(self.revision, event.revision)
        self._last[(event.resource_type, event.resource_id)] = event.revision
        self.events.append(event)
        while self.retention is not None and len(self.events) > self.retention:
            dropped = self.events.popleft()
            self.compact_revision = dropped.revision + 1
            key = (dropped.resource_type, dropped.resource_id)
            if self._last.get(key) == dropped.revision:
                del self._last[key]

    # -- reading -----------------------------------------------------------
    def query(self, start_revision=None, resource_type=None, resource_id=None, action=None, limit=100):
        """Events with ``revision >= start_revision`` matching the filters, oldest first, at most ``limit``."""
        wanted_type = _type_key(resource_type) if resource_type else None
        wanted_action = action.upper() if action else None
        start = start_revision or 0
        out = []
        events = self.events
        if events and start > events[0].revision:
            # Revisions are consecutive: skip straight to the first wanted one.
            index = start - events[0].revision
            events = list(events)[index:] if index < len(events) else []
        for e in events:
            if e.revision < start:
                continue
            if wanted_type is not None and _type_key(e.resource_type) != wanted_type:
                continue
            if resource_id and e.resource_id != resource_id:
                continue
            if wanted_action and e.action != wanted_action:
                continue
            out.append(e)
            if len(out) >= limit:
                break
        return out

    # -- persistence -------------------------------------------------------
    def dump(self):
        return {"revision": self.revision, "compact_revision": self.compact_revision, "retention": self.retention,
                "events": [e.dump() for e in self.events]}

    def load(self, data):
        self.compact_revision = data.get("compact_revision", 0)
        for item in data.get("events", []):
            self.add(Event.load(item))
        self.revision = max(self.revision, data.get("revision", 0))


def _type_key(name):
    """``Vm``, ``vm``, ``VM`` and ``vm_disk``/``VmDisk`` name the same type."""
    return name.replace("_", "").replace("-", "").lower()
