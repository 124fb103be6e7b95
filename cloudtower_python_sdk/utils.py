# coding: utf-8
"""Helpers for the asynchronous side of CloudTower: log in, wait for tasks.

Every change returns ``WithTask`` objects; the change is done when its task
is.  Example::

    from cloudtower_python_sdk.utils import login, wait_tasks
    login(api_client, "root", "password")
    with_task_vms = vm_api.start_vm({"where": {"id_in": ids}})
    wait_tasks([w.task_id for w in with_task_vms], api_client)   # raises ApiException if one failed
"""
from __future__ import absolute_import

import time

import six

from .exceptions import ApiException, ApiValueError

TYPE_CHECKING = False  # True for type checkers: the names of the type comments below
if TYPE_CHECKING:
    from typing import Iterable, Optional, Union  # noqa: F401
    from .api_client import ApiClient  # noqa: F401

_DONE = ("SUCCESSED", "FAILED")


def login(api_client, username, password, source="LOCAL"):
    # type: (ApiClient, str, str, str) -> str
    """Log in and store the token in ``api_client.configuration`` (used by every later call).

    Returns the token.  ``source`` is a ``UserSource`` value: "LOCAL" or "LDAP".
    """
    from .api.user_api import UserApi
    res = UserApi(api_client).login({"username": username, "password": password, "source": source})
    token = res.data.token
    api_client.configuration.api_key["Authorization"] = token
    return token


def wait_task(id, api_client, interval=5, timeout=300):
    # type: (Optional[str], ApiClient, float, float) -> None
    """Wait until task ``id`` ends.

    Raises ``ApiException`` with status 500 when the task failed (its
    ``error_message`` in the message), 408 when it has not ended after
    ``timeout`` seconds, and ``ApiValueError`` when no task has that id.
    ``id`` None (a synchronous change) returns at once.
    """
    wait_tasks([id], api_client, interval=interval, timeout=timeout, exit_on_error=True)


def wait_tasks(ids, api_client, interval=5, timeout=300, exit_on_error=False):
    # type: (Union[Iterable[Optional[str]], str, None], ApiClient, float, float, bool) -> None
    """Wait until every task of ``ids`` (a list, or one id) ends.

    ``None`` ids (synchronous changes) are skipped; the caller's list is not
    changed.  When a task fails: with ``exit_on_error`` raise at once,
    otherwise wait for the others and then raise one ``ApiException`` (status
    500) that lists every failed task id with its ``error_message``.  After
    ``timeout`` seconds raise status 408 naming the unfinished tasks.
    """
    from .api.task_api import TaskApi
    if isinstance(ids, six.string_types) or ids is None:
        ids = [ids]
    pending, seen_ids = [], set()
    for task_id in ids:
        if task_id is None:
            continue
        if not isinstance(task_id, six.string_types):
            raise ApiValueError("wait_tasks() takes task ids (strings), got %s; pass with_task.task_id, "
                                "not the WithTask object or the list" % type(task_id).__name__)
        if task_id not in seen_ids:
            seen_ids.add(task_id)
            pending.append(task_id)
    if not pending:
        return
    task_api = TaskApi(api_client)
    deadline = time.time() + timeout
    failed = []
    seen = set()
    while True:
        done = set()
        for task in task_api.get_tasks({"where": {"id_in": pending}}):
            seen.add(task.id)
            if task.status in _DONE:
                done.add(task.id)
                if task.status == "FAILED":
                    failed.append(task)
                    if exit_on_error:
                        raise _failure(failed)
        pending = [t for t in pending if t not in done]
        missing = [t for t in pending if t not in seen]
        if missing:
            raise ApiValueError("No task has id %s; pass the task_id of a WithTask result"
                                % ", ".join(repr(m) for m in missing))
        if not pending:
            break
        if time.time() >= deadline:
            raise ApiException(status=408, reason="Timeout: tasks %s did not end within %ss"
                               % (", ".join(pending), timeout))
        time.sleep(max(0.0, min(interval, deadline - time.time())))
    if failed:
        raise _failure(failed)


def _failure(failed):
    lines = ", ".join("%s: %s" % (t.id, t.error_message or "failed") for t in failed)
    return ApiException(status=500, reason="Task failed: %s" % lines)


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
