# coding: utf-8
"""Watch CloudTower's resource changes: an iterator of ``ResourceChangeEvent`` models.

Example::

    from cloudtower_python_sdk.utils import watch_resource_changes
    with watch_resource_changes(client, resource_types=["vm"], timeout=600) as changes:
        for event in changes:
            print(event.revision, event.action, event.resource_type, event.resource_id)

CloudTower keeps a log of changes, each with a revision (a growing number, as
a string); ``GET /resource-changes`` returns those after ``start_revision``,
at most ``limit`` at a time, with the log's ``currentRevision`` and
``compactRevision`` (older changes are dropped).  The watcher:

* starts after ``start_revision``, or -- by default -- at the current revision
  read when it is created, so every change made after that is yielded;
* catches up in ``limit``-sized batches without pausing, then asks again every
  ``interval`` seconds;
* retries transient errors (connection errors, 408, 429, 5xx) after
  ``interval``, 2 x ``interval``, 4 x ... (at most 60 s), and raises the error
  after ``max_retries`` failures in a row; other errors (a Tower without the
  endpoint answers 404) are raised at once;
* raises :class:`~cloudtower_python_sdk.exceptions.ResourceChangesCompactedError`
  when the revision it wants is below ``compactRevision`` (changes were lost);
* ends after ``timeout`` seconds, or when closed (``close()``, from any thread,
  or leaving the ``with`` block).

``watcher.revision`` is the revision of the last event yielded: pass it as
``start_revision`` to resume later without missing or repeating a change.
With a ``resource_types`` or ``action`` filter, ``revision`` moves only with
matching events; if nothing matches for a long time, the log may be compacted
past it, and the watcher raises rather than risk a silent gap.
"""
from __future__ import absolute_import

import logging
import numbers
import threading
import time

import six

from .exceptions import ApiConnectionError, ApiException, ApiTLSError, ApiValueError, ResourceChangesCompactedError

logger = logging.getLogger("cloudtower_python_sdk")

_TRANSIENT_STATUSES = (408, 429, 500, 502, 503, 504)
_MAX_BACKOFF = 60.0
_clock = getattr(time, "monotonic", time.time)  # Python 2 has no monotonic clock


def watch_resource_changes(api_client, resource_types=None, action=None, start_revision=None, interval=2.0,
                           timeout=None, resource_id=None, limit=100, max_retries=5, sleep=None, clock=None):
    """An iterator of ``ResourceChangeEvent`` models, oldest first (see the module docstring).

    :param resource_types: a type name or a list of them ("vm", ...); default: every type.
    :param action: only changes of this action; default: every action.
    :param start_revision: yield the changes after this revision; default: those after now.
    :param interval: seconds between two polls once caught up.
    :param timeout: seconds after which the iteration ends; default: never.
    :param resource_id: only the changes of this resource.
    :param limit: changes per request (1 to 1000).
    :param max_retries: transient errors in a row that are retried before one is raised.
    :param sleep, clock: ``sleep(seconds)`` and ``clock()`` to use instead of real time (tests).

    Example::

        for event in watch_resource_changes(client, resource_types="vm", timeout=60, interval=0.5):
            if event.resource_id == vm_id:
                break
    """
    return ResourceChangeWatcher(api_client, resource_types, action, start_revision, interval, timeout,
                                 resource_id, limit, max_retries, sleep, clock)


class ResourceChangeWatcher(object):
    """What :func:`watch_resource_changes` returns: an iterator, a context manager, ``close()``, ``revision``."""

    def __init__(self, api_client, resource_types=None, action=None, start_revision=None, interval=2.0,
                 timeout=None, resource_id=None, limit=100, max_retries=5, sleep=None, clock=None):
        from .api.resource_change_api import ResourceChangeApi
        _check_number("interval", interval, positive=True)
        if timeout is not None:
            _check_number("timeout", timeout)
        if not isinstance(limit, six.integer_types) or isinstance(limit, bool) or not 1 <= limit <= 1000:
            raise ApiValueError("watch_resource_changes(): limit must be an integer from 1 to 1000, got %r" % (limit,))
        self._api = ResourceChangeApi(api_client)
        self._filters = {"resource_type": _types_param(resource_types), "action": action, "resource_id": resource_id}
        self.interval = interval
        self.limit = limit
        self.max_retries = max_retries
        self._stopped = threading.Event()
        self._sleep = sleep or self._stopped.wait  # close() from another thread ends a wait at once
        self._clock = clock or _clock
        self._deadline = None if timeout is None else self._clock() + timeout
        self.revision = None
        self._events = self._run()
        if start_revision is None:
            # Now, read at once: a change made after this call (before the first next()) is yielded.
            answer = self._fetch(None, 1)
            if answer is None:  # timed out or closed while retrying
                self._events.close()
                return
            start_revision = answer.current_revision
        self.revision = str(start_revision)
        _number(self.revision)

    # -- iteration ------------------------------------------------------
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)

    next = __next__  # Python 2

    def close(self):
        """End the iteration (from any thread; a poll in progress finishes first)."""
        self._stopped.set()
        try:
            self._events.close()
        except ValueError:  # running in another thread: it stops at its next check
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        state = ", closed" if self._stopped.is_set() else ""
        return "<ResourceChangeWatcher after revision %s%s>" % (self.revision, state)

    # -- the loop -------------------------------------------------------
    def _run(self):
        while not self._ended():
            wanted = self.revision
            answer = self._fetch(wanted, self.limit)
            if answer is None:
                return
            compact = answer.compact_revision
            if compact and _number(compact) > _number(wanted):
                raise ResourceChangesCompactedError(compact_revision=compact, revision=wanted)
            events = answer.data or []
            for event in events:
                if _number(event.revision) <= _number(self.revision):
                    continue  # already yielded (a server that counts start_revision in)
                if self._stopped.is_set():
                    return
                self.revision = event.revision
                yield event
            if len(events) < self.limit:  # caught up: pause before asking again
                self._wait(self.interval)

    def _fetch(self, start_revision, limit):
        """One GET /resource-changes, transient errors retried; None when the watch ended meanwhile."""
        failures = 0
        while True:
            try:
                return self._api.get_resource_changes(start_revision=start_revision, limit=limit, **self._filters)
            except ApiException as e:
                if not _transient(e):
                    raise
                failures += 1
                if failures > self.max_retries:
                    raise
                delay = min(self.interval * 2 ** (failures - 1), max(_MAX_BACKOFF, self.interval))
                logger.warning("Resource changes: %s; retrying in %.1f s (%d of %d)", _brief(e), delay, failures,
                               self.max_retries)
                self._wait(delay)
                if self._ended():
                    return None

    def _wait(self, seconds):
        if self._deadline is not None:
            seconds = min(seconds, self._deadline - self._clock())
        if seconds > 0 and not self._stopped.is_set():
            self._sleep(seconds)

    def _ended(self):
        return self._stopped.is_set() or (self._deadline is not None and self._clock() >= self._deadline)


def _transient(error):
    """A failure worth asking again about: the network (not TLS: a certificate does not heal) or a busy Tower."""
    if isinstance(error, ApiConnectionError):
        return not isinstance(error, ApiTLSError)
    return error.status in _TRANSIENT_STATUSES


def _types_param(resource_types):
    if resource_types is None or isinstance(resource_types, six.string_types):
        return resource_types
    types = list(resource_types)
    if not all(isinstance(t, six.string_types) for t in types):
        raise ApiValueError("watch_resource_changes(): resource_types must be a type name or a list of names, "
                            "got %r" % (resource_types,))
    return ",".join(types)


def _number(revision):
    try:
        return int(revision)
    except (TypeError, ValueError):
        raise ApiValueError("Resource change revisions are numbers (as strings), got %r" % (revision,))


def _check_number(name, value, positive=False):
    if not isinstance(value, numbers.Real) or isinstance(value, bool) or value < 0 or (positive and value == 0):
        raise ApiValueError("watch_resource_changes(): %s must be a %s number of seconds, got %r"
                            % (name, "positive" if positive else "non-negative", value))


def _brief(error):
    if isinstance(error, ApiException):
        return "%s %s" % (error.status, error.message or error.reason)
    return "%s: %s" % (type(error).__name__, error)


__all__ = ["watch_resource_changes", "ResourceChangeWatcher"]
