# coding: utf-8
"""Helpers for the asynchronous side of CloudTower: log in, wait for tasks.

Every change returns ``WithTask`` objects; the change is done when its task
is.  Example::

    from cloudtower_python_sdk.utils import login, wait_tasks
    login(api_client, "root", "password")
    with_task_vms = vm_api.start_vm({"where": {"id_in": ids}})
    wait_tasks([w.task_id for w in with_task_vms], api_client)   # raises TaskFailedError if one failed
"""
from __future__ import absolute_import

import sys
import time

import six

from ._deadline import now as _now
from .exceptions import (ApiConnectionError, ApiException, ApiValueError, TaskFailedError, TaskTimeoutError,
                         raise_from)

TYPE_CHECKING = False  # True for type checkers: the names of the type comments below
if TYPE_CHECKING:
    from typing import Callable, Iterable, List, Optional, Union  # noqa: F401
    from .api_client import ApiClient  # noqa: F401
    from .models import Task  # noqa: F401
    OnProgress = Optional[Callable[[List[Task]], None]]

_DONE = ("SUCCESSED", "FAILED")  # every other status (PENDING, EXECUTING, PAUSED...) is waited for
_LAST_POLL_SECONDS = 0.5  # the least time a poll of wait_tasks is given, so the wait may overrun by this much


def login(api_client, username, password, source="LOCAL", remember=True):
    # type: (ApiClient, str, str, str, bool) -> str
    """Log in and store the token in ``api_client.configuration`` (used by every later call).

    Returns the token.  ``source`` is a ``UserSource`` value: "LOCAL" or "LDAP" (through the
    Tower's AUTHN strategy when it has one).  With ``remember``, a later 401 logs in again
    once and resends the call.  See :func:`cloudtower_python_sdk.auth.login`.
    """
    from .auth import login as log_in
    token = log_in(api_client, username, password, source, remember)
    return token


def wait_task(id, api_client, interval=5, timeout=300, on_progress=None):
    # type: (Optional[str], ApiClient, float, float, OnProgress) -> Optional[Task]
    """Wait until task ``id`` ends; returns its finished ``Task`` (None when ``id`` is None).

    Raises ``TaskFailedError`` (an ``ApiException``, status 500) when the task
    failed, ``TaskTimeoutError`` (status 408) when it has not ended after
    ``timeout`` seconds, and ``ApiValueError`` when no task has that id.
    ``id`` None (a synchronous change) returns at once.  Example::

        task = wait_task(vm_api.start_vm({"where": {"id": vm_id}})[0].task_id, client)
    """
    done = wait_tasks([id], api_client, interval=interval, timeout=timeout, exit_on_error=True,
                      on_progress=on_progress)
    return done[0] if done else None


def wait_tasks(ids, api_client, interval=5, timeout=300, exit_on_error=False, on_progress=None):
    # type: (Union[Iterable[Optional[str]], str, None], ApiClient, float, float, bool, OnProgress) -> List[Task]
    """Wait until every task of ``ids`` (a list, or one id) ends; returns the finished ``Task`` models.

    ``None`` ids (synchronous changes) are skipped; the caller's list is not
    changed.  When a task fails: with ``exit_on_error`` raise at once,
    otherwise wait for the others and then raise one ``TaskFailedError``
    (status 500) that lists every failed task with its ``error_message``.
    A task that is PAUSED or PENDING is waited for like a running one.

    ``timeout`` bounds the whole wait, a slow or hung poll included (the last
    poll gets at least half a second): after it ``TaskTimeoutError`` (status
    408) names the unfinished tasks.  A poll that fails for a passing reason
    (no connection, 429, 5xx) is tried again at the next ``interval`` within
    that time.  ``on_progress(tasks)`` is called
    after each poll with the current ``Task`` of every id; ``progress_bar()``
    is a ready-made one::

        wait_tasks([w.task_id for w in result], client, on_progress=progress_bar())
    """
    from .api.task_api import TaskApi
    from .rest import Limits
    order = _task_ids(ids)
    if not order:
        return []
    task_api = TaskApi(api_client)
    budget = Limits(api_client.configuration.request_timeout, api_client.configuration).seconds
    deadline = _now() + timeout
    latest, failed, pending, last_error = {}, [], list(order), None
    while True:
        tasks, error = _poll(task_api, pending, deadline - _now(), budget)
        if tasks is not None:
            last_error = None
            for task in tasks:
                latest[task.id] = task
            missing = [t for t in pending if t not in latest]
            if missing:
                raise ApiValueError("No task has id %s; pass the task_id of a WithTask result"
                                    % ", ".join(repr(m) for m in missing))
            for task in tasks:
                if task.status == "FAILED" and task.id in pending:
                    failed.append(task)
                    if exit_on_error:
                        raise TaskFailedError(failed)
            pending = [t for t in pending if latest[t].status not in _DONE]
            if on_progress is not None:
                on_progress([latest[t] for t in order])
        else:
            last_error = error
        if not pending:
            break
        left = deadline - _now()
        if left <= 0:
            error = TaskTimeoutError(pending, timeout, [latest.get(t) for t in pending])
            if last_error is not None:
                raise_from(error, last_error)  # the poll that failed last says why
            raise error
        time.sleep(min(interval, left))
    if failed:
        raise TaskFailedError(failed)
    return [latest[t] for t in order]


def _task_ids(ids):
    """The distinct task ids of ``ids``, in order, without None; a clear error for anything else."""
    if isinstance(ids, six.string_types) or ids is None:
        ids = [ids]
    out, seen = [], set()
    for task_id in ids:
        if task_id is None:
            continue
        if not isinstance(task_id, six.string_types):
            raise ApiValueError("wait_tasks() takes task ids (strings), got %s; pass with_task.task_id, "
                                "not the WithTask object or the list" % type(task_id).__name__)
        if task_id not in seen:
            seen.add(task_id)
            out.append(task_id)
    return out


def _poll(task_api, pending, left, budget):
    """(tasks, None), or (None, error) when the poll failed for a passing reason."""
    # The poll may not outlive the wait (within a long wait, the client's own limits apply), except that the
    # poll made as the time runs out still gets a moment to answer: a task that ended in the last interval is
    # then reported as ended, not as timed out.
    request_timeout = max(left, _LAST_POLL_SECONDS) if budget is None or left < budget else None
    try:
        return task_api.get_tasks({"where": {"id_in": pending}}, _request_timeout=request_timeout), None
    except ApiConnectionError as e:
        return None, e
    except ApiException as e:
        if e.status == 429 or (e.status or 0) >= 500:
            return None, e
        raise


def progress_bar(stream=None, width=30):
    """A ready-made ``on_progress`` for ``wait_tasks``: one line redrawn on ``stream`` (stderr) when it is
    a terminal, nothing otherwise (a log file or a pipe stays clean).  Example::

        wait_tasks(ids, client, on_progress=progress_bar())
        # [##############----------------]  47%  1/3 done, 1 EXECUTING, 1 PAUSED
    """
    stream = stream if stream is not None else sys.stderr
    if not getattr(stream, "isatty", lambda: False)():
        return lambda tasks: None

    def show(tasks):
        total = len(tasks) or 1
        done = sum(1 for t in tasks if t.status in _DONE)
        fraction = sum(1.0 if t.status in _DONE else _fraction(t.progress) for t in tasks) / total
        filled = int(round(fraction * width))
        others = {}
        for t in tasks:
            if t.status not in _DONE:
                others[t.status] = others.get(t.status, 0) + 1
        states = "".join(", %d %s" % (n, status) for status, n in sorted(others.items()))
        line = "[%s%s] %3d%%  %d/%d done%s" % ("#" * filled, "-" * (width - filled), fraction * 100, done,
                                              len(tasks), states)
        stream.write("\r" + line.ljust(width + 50) + ("\n" if done == len(tasks) else ""))
        stream.flush()
    return show


def _fraction(progress):
    """A task's progress as 0..1 (CloudTower reports a fraction; a percentage is tolerated)."""
    value = float(progress or 0)
    return min(1.0, value / 100 if value > 1 else value)


def upload_file(upload, file, chunk_size=8 * 1024 * 1024, **fields):
    """Upload a large file in chunks through one of the upload operations.

    CloudTower takes files of any size in pieces: the first call creates an
    upload task, each later call sends the next piece with that task's id.
    Only one piece is in memory at a time.  ``upload`` is the bound method
    (``ElfImageApi(client).create_elf_image``, ``SvtImageApi(client).upload_svt_image``, ...);
    ``file`` a path or a file opened in binary mode; ``fields`` the
    operation's other fields (``cluster_id``, ``name``...).  ``name`` defaults
    to the file's name, ``size``/``size_unit`` to its size in bytes.  Returns
    the answer of the last call.  Example::

        upload_file(ElfImageApi(client).create_elf_image, "/isos/centos.iso", cluster_id=cluster.id)
    """
    import os
    opened = isinstance(file, six.string_types)
    stream = open(file, "rb") if opened else file
    try:
        filename = os.path.basename(getattr(stream, "name", None) or "file")
        if "size" not in fields:
            stream.seek(0, os.SEEK_END)
            fields["size"] = str(stream.tell())
            fields.setdefault("size_unit", "B")
            stream.seek(0)
        fields.setdefault("name", filename)
        answer, task_id, read_size = None, None, chunk_size
        while True:
            piece = stream.read(read_size)
            if not piece and task_id is not None:
                return answer  # the size was a multiple of the piece size
            extra = {"upload_task_id": task_id} if task_id else {}
            answer = upload(file=(filename, piece), **dict(fields, **extra))
            task = answer[0] if isinstance(answer, list) and answer else answer
            task_id = getattr(task, "id", None) or task_id
            if task_id is None:
                raise ApiValueError("The first upload call returned no upload task id; cannot send the rest")
            if len(piece) < read_size:
                return answer
            read_size = getattr(task, "chunk_size", None) or read_size  # the server's piece size from now on
    finally:
        if opened:
            stream.close()


# Helpers that live in their own modules, importable from here as well.  The "X as X" form marks a
# re-export for type checkers, which otherwise hide an installed typed package's imported names.
from .auth import forget_login as forget_login  # noqa: E402
from .pagination import paginate as paginate  # noqa: E402
from .watch import watch_resource_changes as watch_resource_changes  # noqa: E402
from .env import client_from_env as client_from_env  # noqa: E402
from .image_utils import get_svt_image_version as get_svt_image_version  # noqa: E402
