# coding: utf-8
"""Faults on demand: rules that make chosen requests fail the way a real network or Tower can.

A rule is ``OPS:EFFECT[:COUNT]``:

* ``OPS``: a glob over the operation's path without ``/v2/api`` and the
  leading slash (``get-vms``, ``start-*``, ``*``);
* ``EFFECT``: ``500``, ``502``, ``503``, ``504`` or ``429`` (an ErrorBody with
  that status; 429 carries ``Retry-After``), ``reset`` (the connection is
  dropped once the request is read; nothing runs), ``hang`` (no answer until
  the simulator stops), ``delay=SECONDS`` (then the request runs normally),
  ``task-fail`` (the request runs, the tasks it creates fail with error code
  ``ESimulatedFault``) or ``revoke-token`` (the request's token is revoked; 401);
* ``COUNT``: how many matching requests get it (default 1; ``*``: all).

Rules are tried in the order given; the first one that matches and has
requests left fires.  Example::

    faults = Faults(["get-vms:503:2", "start-vm:reset"])
    faults.take("get-vms")   # Fault(get-vms:503), twice, then None
"""
import difflib
import fnmatch
import threading

STATUSES = (429, 500, 502, 503, 504)
EFFECTS = ("reset", "hang", "task-fail", "revoke-token")
RETRY_AFTER_SECONDS = 1


class Fault(object):
    """One rule; ``effect`` is an int status, ``"delay"`` (with ``seconds``) or one of :data:`EFFECTS`."""

    def __init__(self, ops, effect, count=1, seconds=None):
        self.ops = ops
        self.effect = effect
        self.count = count  # None: every matching request
        self.seconds = seconds

    @classmethod
    def parse(cls, text):
        """``Fault.parse("get-vms:503:2")``; a ValueError names what is wrong and the form."""
        form = "OPS:EFFECT[:COUNT], e.g. get-vms:503:2, start-*:reset, *:delay=0.5:*"
        parts = str(text).split(":")
        if len(parts) not in (2, 3) or not parts[0]:
            raise ValueError("Bad fault %r: expected %s" % (text, form))
        ops, effect_text = parts[0], parts[1]
        count = parse_count(parts[2] if len(parts) == 3 else "1", text, form)
        effect, seconds = parse_effect(effect_text, text, form)
        return cls(ops, effect, count, seconds)

    def matches(self, name):
        return fnmatch.fnmatchcase(name, self.ops)

    def __repr__(self):
        effect = "delay=%g" % self.seconds if self.effect == "delay" else self.effect
        return "Fault(%s:%s:%s)" % (self.ops, effect, "*" if self.count is None else self.count)


def parse_count(text, whole, form):
    if text == "*":
        return None
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise ValueError("Bad fault %r: COUNT must be a positive integer or *, got %r (%s)" % (whole, text, form))
    return count


def parse_effect(text, whole, form):
    if text.startswith("delay="):
        try:
            seconds = float(text[len("delay="):])
        except ValueError:
            seconds = -1.0
        if not seconds >= 0:
            raise ValueError("Bad fault %r: delay=SECONDS needs a number of seconds >= 0 (%s)" % (whole, form))
        return "delay", seconds
    if text.isdigit():
        if int(text) not in STATUSES:
            raise ValueError("Bad fault %r: the HTTP status must be one of %s" % (whole, ", ".join(map(str, STATUSES))))
        return int(text), None
    if text not in EFFECTS:
        raise ValueError("Bad fault %r: EFFECT must be an HTTP status (%s), delay=SECONDS or one of %s"
                         % (whole, "/".join(map(str, STATUSES)), ", ".join(EFFECTS)))
    return text, None


def as_fault(rule):
    """A :class:`Fault` from a rule string or a Fault; its OPS must match at least one operation."""
    fault = rule if isinstance(rule, Fault) else Fault.parse(rule)
    names = operation_names()
    if not any(fnmatch.fnmatchcase(name, fault.ops) for name in names):
        close = difflib.get_close_matches(fault.ops.replace("_", "-"), names, 1)
        raise ValueError("Bad fault %r: %r matches no operation; OPS is a glob over the path without /v2/api%s"
                         % (rule, fault.ops, " (did you mean %r?)" % close[0] if close else ", e.g. get-vms"))
    return fault


def operation_names():
    """The names faults match: each operation's path without ``/v2/api`` and the slash (``get-vms``)."""
    from . import schema
    return sorted(path[1:] for path in schema.operations())


class Faults(object):
    """The active rules of one simulator (thread-safe, deterministic: first match in order)."""

    def __init__(self, rules=()):
        if isinstance(rules, (str, Fault)):
            rules = [rules]
        self._lock = threading.Lock()
        self._rules = [as_fault(r) for r in rules or ()]

    def add(self, rule):
        """Add a rule after the others; returns its :class:`Fault` (``count`` shows what is left)."""
        fault = as_fault(rule)
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self):
        with self._lock:
            self._rules = []

    @property
    def rules(self):
        with self._lock:
            return list(self._rules)

    def take(self, name):
        """The fault the next request to operation path ``name`` gets (one use of it), or None."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(name):
                    if rule.count is not None:
                        rule.count -= 1
                        if rule.count == 0:
                            self._rules.remove(rule)
                    return rule
        return None
