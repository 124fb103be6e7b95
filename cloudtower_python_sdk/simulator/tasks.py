# coding: utf-8
"""Tasks: PENDING -> EXECUTING -> SUCCESSED (or FAILED) over ``span`` seconds of the engine's clock.

A task is a ``Task`` record plus an *effect*, the function that changes the
world when the task ends.  A task is EXECUTING from 30% of its span on and
ends (effect run, SUCCESSED or FAILED) at its span; ``span`` 0 ends every
task at the next settle (the next request).  Tasks that end in the same
settle run in creation order, and the cluster stats they touch are
refreshed once at the end.
"""
import traceback

from . import world
from .errors import TaskFailure

FINAL = ("SUCCESSED", "FAILED")


def _injected_failure():
    raise TaskFailure("The task failed: a task-fail fault was injected into the simulator", "ESimulatedFault")


class Tasks(object):
    def __init__(self, engine, span):
        self.engine = engine
        self.span = span
        self.active = {}  # task id -> (start time, effect, seq)
        self.seq = 0
        self._dirty = None  # cluster ids whose stats the running settle() refreshes at its end

    @property
    def store(self):
        return self.engine.store

    def new(self, description, effect, resource_type=None, resource_id=None, cluster_id=None,
            key=None, mutation=None, user_id=None):
        """Create a PENDING task whose ``effect()`` runs when it ends; returns its id."""
        store = self.store
        self.seq += 1
        rec = store.insert("Task", dict(
            description=description, status="PENDING", progress=0.0, internal=False, args={}, snapshot="{}",
            steps=[], key=key, resource_type=resource_type, resource_id=resource_id, resource_mutation=mutation,
            cluster=cluster_id if cluster_id and store.get("Cluster", cluster_id) else None,
            user=user_id, local_created_at=self.engine.now_iso()))
        self.active[rec["id"]] = (self.engine.clock.time(), effect, self.seq)
        return rec["id"]

    def settle(self, force=False):
        """Advance every unfinished task to what its age says (call with the lock)."""
        if not self.active:
            return
        now = self.engine.clock.time()
        span = self.span
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
                    task["started_at"] = self.engine.now_iso()
                task["progress"] = round(min(0.99, age / span), 2)
        self._dirty = set()
        try:
            for _start, _seq, task_id, effect in sorted(due, key=lambda d: (d[0], d[1])):
                self._finish(task_id, effect)
        finally:
            dirty, self._dirty = self._dirty, None
            if dirty:
                world.refresh_stats(self.store, dirty)

    def refresh(self, cluster_ids):
        ids = set(c for c in cluster_ids if c)
        if self._dirty is not None:
            self._dirty.update(ids)
        elif ids:
            world.refresh_stats(self.store, ids)

    def _finish(self, task_id, effect):
        del self.active[task_id]
        task = self.store.get("Task", task_id)
        if task["started_at"] is None:
            task["started_at"] = self.engine.now_iso()
        try:
            effect()
        except TaskFailure as e:
            self._fail(task, e.message, e.code)
        except Exception as e:  # a simulator bug: fail this task, keep the others (and the ticker) going
            traceback.print_exc()
            self._fail(task, "Simulator error while running the task: %s: %s" % (type(e).__name__, e),
                       "ESimulatorError")
        else:
            task["status"] = "SUCCESSED"
        task["progress"] = 1.0
        task["finished_at"] = self.engine.now_iso()

    @staticmethod
    def _fail(task, message, code):
        task["status"] = "FAILED"
        task["error_message"] = message
        task["error_code"] = code

    def drop_after(self, seq):
        """Forget the tasks created after ``seq`` (those of a request that failed)."""
        for task_id, (_start, _effect, task_seq) in list(self.active.items()):
            if task_seq > seq:
                del self.active[task_id]
                self.store.delete("Task", task_id)

    def doom_after(self, seq):
        """Make the tasks created after ``seq`` fail when they end (the ``task-fail`` fault)."""
        for task_id, (start, _effect, task_seq) in list(self.active.items()):
            if task_seq > seq:
                self.active[task_id] = (start, _injected_failure, task_seq)

    def fail_interrupted(self):
        """After a restart: the tasks that had not ended never will (their effects are gone)."""
        for task in self.store.all("Task"):
            if task["status"] not in FINAL and task["id"] not in self.active:
                self._fail(task, "The simulator stopped before the task ended", "ESimulatorRestarted")
                task["finished_at"] = self.engine.now_iso()
