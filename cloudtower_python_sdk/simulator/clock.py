# coding: utf-8
"""The simulator's time: the wall clock, or a manual clock that moves only when told.

Tasks age by this clock, and the world's timestamps come from it, so a test
with a manual clock sees PENDING -> EXECUTING -> SUCCESSED without sleeping::

    with Simulator(clock="manual", task_seconds=10) as sim:
        ...                     # a task is PENDING
        sim.advance(5)          # EXECUTING (progress 0.5)
        sim.advance(5)          # SUCCESSED
"""
import datetime
import threading
import time


class WallClock(object):
    """Real time (``time.time``)."""

    manual = False

    def time(self):
        return time.time()

    def utcnow(self):
        """Naive UTC datetime (the stored timestamps are naive)."""
        return datetime.datetime.fromtimestamp(self.time(), datetime.timezone.utc).replace(tzinfo=None)


class ManualClock(WallClock):
    """Starts at the real time and moves only by :meth:`advance`.

    >>> clock = ManualClock(start=1000.0)
    >>> clock.advance(2.5); clock.time()
    1002.5
    """

    manual = True

    def __init__(self, start=None):
        self._now = time.time() if start is None else float(start)
        self._lock = threading.Lock()

    def time(self):
        return self._now

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("A clock cannot go back: advance(%r)" % (seconds,))
        with self._lock:
            self._now += seconds


def make_clock(clock):
    """``"wall"``/``None`` (real time), ``"manual"``, or a clock object (anything with ``time()``)."""
    if clock is None or clock == "wall":
        return WallClock()
    if clock == "manual":
        return ManualClock()
    if hasattr(clock, "time"):
        return clock
    raise ValueError("clock must be 'wall', 'manual' or an object with time(), got %r" % (clock,))
