# coding: utf-8
"""The handler registry: ``@handles("op_name")`` over ``def handler(call)``.

Every handler takes one :class:`Call` (the engine, the operation, the validated
body, the caller) and returns the JSON value of the answer.  An operation
without a registered handler falls back to the generic create/update/delete
of its resource type (``generic.py``), else answers 501.
"""
from ..errors import HttpError

_HANDLERS = {}
_FALLBACKS = []


def handles(*op_names):
    """Register the decorated ``handler(call)`` for these operation names.

    Example::

        @handles("start_vm")
        def start_vm(call):
            ...
    """
    def register(handler):
        for name in op_names:
            if name in _HANDLERS:
                raise ValueError("Two handlers for %s: %s and %s" % (name, _HANDLERS[name], handler))
            _HANDLERS[name] = handler
        return handler
    return register


def fallback(finder):
    """Register ``finder(op) -> handler or None``, asked for operations without their own handler."""
    _FALLBACKS.append(finder)
    return finder


def lookup(op):
    """The handler of operation ``op`` (an ``Operation``), or None."""
    handler = _HANDLERS.get(op.name)
    if handler is not None:
        return handler
    for finder in _FALLBACKS:
        handler = finder(op)
        if handler is not None:
            return handler
    return None


def registered():
    """{operation name: handler} of the operations with a handler of their own."""
    return dict(_HANDLERS)


def camel(snake):
    """``start_vm`` -> ``startVm`` (the style of a task's ``resource_mutation``)."""
    head, _, rest = snake.partition("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest.split("_") if p)


class Call(object):
    """One request as a handler sees it."""

    __slots__ = ("engine", "op", "body", "user_id")

    def __init__(self, engine, op, body, user_id):
        self.engine = engine
        self.op = op
        self.body = body
        self.user_id = user_id

    @property
    def store(self):
        return self.engine.store

    @property
    def data(self):
        """``body["data"]`` (or ``{}``)."""
        return (self.body or {}).get("data") or {} if isinstance(self.body, dict) else {}

    def task(self, description, effect, resource_type=None, resource_id=None, cluster_id=None, key=None):
        """A PENDING task of this request whose ``effect()`` runs when it ends; returns its id.

        ``resource_mutation`` is the operation's name in camel case (``startVm``), as on Tower.
        """
        return self.engine.new_task(description=description, effect=effect, resource_type=resource_type,
                                    resource_id=resource_id, cluster_id=cluster_id, key=key,
                                    mutation=camel(self.op.name), user_id=self.user_id)

    def not_simulated(self, reason):
        return HttpError(501, "The simulator does not simulate %s (%s %s): %s"
                         % (self.op.name, self.op.http_method, self.op.path, reason))
