# coding: utf-8
"""A deadline for a whole call, slow answers included.

A socket timeout bounds each read, not the call: a server that sends one
byte every few seconds keeps a plain urllib3 request alive for ever.  Here one
watchdog thread (started on the first call) shuts down the socket of a call
that outlives its deadline; the blocked read then fails, and the caller sees
that the deadline passed (``Deadline.expired``) and raises a timeout.

The connection a call uses is learnt where urllib3 takes it from its pool
(``_get_conn`` of the pool classes below), through a thread-local: nothing in
the request path is copied or replaced.
"""
from __future__ import absolute_import

import atexit
import heapq
import os
import socket
import threading
import time

from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

now = getattr(time, "monotonic", time.time)  # Python 2 has no monotonic clock
_current = threading.local()
_exiting = []  # not empty once the interpreter exits: the watchdog thread ends before the modules are torn down


class Deadline(object):
    """The deadline of one call: ``at`` (a ``now()`` value); ``expired`` once the watchdog acted."""
    __slots__ = ("at", "conn", "expired", "done")

    def __init__(self, at):
        self.at = at
        self.conn = None
        self.expired = False
        self.done = False

    def remaining(self):
        return self.at - now()


class _Watchdog(object):

    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._heap = []
        self._seq = 0
        self._prune_at = 256
        self._thread = None

    def watch(self, seconds):
        deadline = Deadline(now() + seconds)
        with self._cond:
            if self._thread is None or not self._thread.is_alive():  # not started yet, or lost in a fork
                self._thread = threading.Thread(target=self._run, name="cloudtower-sdk-deadlines")
                self._thread.daemon = True
                self._thread.start()
            if len(self._heap) > self._prune_at:  # finished calls wait in the heap until their time; drop them
                self._heap = [e for e in self._heap if not e[2].done]
                heapq.heapify(self._heap)
                self._prune_at = 2 * len(self._heap) + 256
            self._seq += 1
            heapq.heappush(self._heap, (deadline.at, self._seq, deadline))
            if self._heap[0][2] is deadline:
                self._cond.notify()
        return deadline

    def finish(self, deadline):
        with self._cond:
            deadline.done = True

    def detach(self, deadline):
        with self._cond:
            deadline.conn = None

    def _run(self, exiting=_exiting):  # a default argument: Python 2 clears module globals at exit
        try:
            self._loop(exiting)
        except Exception:
            if exiting:
                return  # Python 2 tears the interpreter down under a daemon thread: nothing is left to watch
            raise

    def _loop(self, exiting):
        with self._cond:
            while not exiting:
                if not self._heap:
                    self._cond.wait()
                    continue
                at, _, deadline = self._heap[0]
                if deadline.done:
                    heapq.heappop(self._heap)
                    continue
                delay = at - now()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                heapq.heappop(self._heap)
                deadline.expired = True
                _shut_down(deadline.conn)


def _shut_down(conn):
    """Make a blocked read on ``conn`` return at once (through a duplicate of its descriptor, so that
    neither the connection nor its TLS layer is touched from this thread)."""
    sock = getattr(conn, "sock", None)
    if sock is None:
        return  # still connecting: its connect timeout applies
    try:
        dup = socket.fromfd(sock.fileno(), socket.AF_INET, socket.SOCK_STREAM)
        try:
            dup.shutdown(socket.SHUT_RDWR)
        finally:
            dup.close()
    except (socket.error, OSError, ValueError):
        pass  # already closed


_watchdog = _Watchdog()


@atexit.register
def _stop_at_exit():
    _exiting.append(True)
    with _watchdog._cond:
        _watchdog._cond.notify_all()
        thread = _watchdog._thread
    if thread is not None and thread is not threading.current_thread():
        # Python 2's timed wait polls (every 50 ms at most): let the thread see the flag and end before the
        # interpreter clears the modules under it.
        thread.join(0.5)


def _after_fork_in_child():
    # The parent's watchdog thread does not exist here, and its lock may have been held at the fork.
    global _watchdog
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):  # Python 3.7+
    os.register_at_fork(after_in_child=_after_fork_in_child)


def start(seconds):
    """Start watching the current thread's call; returns its :class:`Deadline`."""
    deadline = _watchdog.watch(seconds)
    _current.deadline = deadline
    return deadline


def finish(deadline):
    """The call is over (answer read or error raised): the watchdog leaves it alone."""
    _current.deadline = None
    _watchdog.finish(deadline)


def detach(deadline):
    """The call gives its connection back (to the pool, or to the caller with the raw answer): from
    here on the watchdog must not touch it, as another call may take it."""
    if deadline is not None:
        _watchdog.detach(deadline)


def _attach(conn):
    deadline = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.conn = conn
        if deadline.expired:  # the deadline passed while waiting for a free connection
            _shut_down(conn)
    return conn


def watchdog_thread():
    """The watchdog's thread, or None before the first call with a deadline."""
    thread = _watchdog._thread
    return thread if thread is not None and thread.is_alive() else None


class WatchedHTTPConnectionPool(HTTPConnectionPool):
    def _get_conn(self, timeout=None):
        return _attach(HTTPConnectionPool._get_conn(self, timeout))


class WatchedHTTPSConnectionPool(HTTPSConnectionPool):
    def _get_conn(self, timeout=None):
        return _attach(HTTPSConnectionPool._get_conn(self, timeout))


class QuietHTTPSConnectionPool(WatchedHTTPSConnectionPool):
    """For ``verify_ssl=False``: no ``InsecureRequestWarning`` for this client's requests.

    The user chose not to verify; ``urllib3.disable_warnings`` would silence every
    other library of the process too.
    """

    def _validate_conn(self, conn):
        HTTPConnectionPool._validate_conn(self, conn)
        if getattr(conn, "sock", None) is None:  # what HTTPSConnectionPool does, without the warning
            conn.connect()


POOL_CLASSES = {"http": WatchedHTTPConnectionPool, "https": WatchedHTTPSConnectionPool}
QUIET_POOL_CLASSES = {"http": WatchedHTTPConnectionPool, "https": QuietHTTPSConnectionPool}
