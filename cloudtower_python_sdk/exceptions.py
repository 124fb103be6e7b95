# coding: utf-8
"""Errors raised by the SDK: every one of them is an :class:`ApiException`.

* ``ApiTypeError`` / ``ApiValueError`` / ``ApiKeyError`` / ``ApiAttributeError``:
  the request was refused *before* anything was sent (bad field, wrong type,
  unknown enum value, missing parameter).  They are also ``TypeError``,
  ``ValueError``, ``KeyError`` and ``AttributeError``; their ``status`` is None.
* ``ApiConnectionError`` (``ApiTimeoutError``, ``ApiTLSError``): no answer
  came — the server could not be reached, the connection broke, the call ran
  out of time.  ``e.sent`` says whether the request may have reached the
  server; ``e.__cause__`` is the underlying error.
* ``ApiException`` and its per-status subclasses: the server answered with an
  error.  ``e.status``, ``e.reason``, ``e.body``, ``e.headers`` are the raw
  answer; ``e.message``, ``e.code``, ``e.path`` come from CloudTower's
  ``ErrorBody`` when the answer carried one.  ``ApiResponseTooLargeError``:
  the answer was larger than ``Configuration.max_answer_size``.
* ``TaskFailedError`` (status 500) and ``TaskTimeoutError`` (status 408):
  raised by ``utils.wait_task(s)``.

Example::

    try:
        vm_api.get_vms({"where": {"id": "vm-1"}})
    except NotFoundException as e:
        print(e.status, e.message)
    except ApiConnectionError as e:   # also ApiTimeoutError
        print("CloudTower did not answer:", e)
"""
from __future__ import absolute_import

import json
import re

import six

from ._redact import names_a_secret, redact_body, redact_headers


def suggest(name, candidates):
    """`` (did you mean 'enabled'?)`` for a near miss, else ``""``."""
    import difflib  # only on the error path
    if not isinstance(name, six.string_types):
        name = str(name)
    close = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return " (did you mean '%s'?)" % close[0] if close else ""


class OpenApiException(Exception):
    """Base of every error this SDK raises (kept for the peer SDKs' name; catch ``ApiException``)."""

    def _text(self):
        return Exception.__str__(self) if six.PY3 else (self.args[0] if self.args else u"")

    def __str__(self):
        # Python 2's str() must get bytes: messages may hold Chinese text
        # (content_language="zh-CN") or field names in unicode.
        text = self._text()
        if six.PY2 and isinstance(text, six.text_type):
            return text.encode("utf-8")
        return text

    def __unicode__(self):  # Python 2's unicode(e)
        text = self._text()
        return text if isinstance(text, six.text_type) else text.decode("utf-8", "replace")


def render_path(path):
    """``["data", "vm_nics", 0, "model"]`` -> ``data.vm_nics[0].model``."""
    if not path:
        return ""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += "[%d]" % part
        else:
            out += ("." if out else "") + (part if isinstance(part, six.string_types) else str(part))
    return out


def raise_from(error, cause):
    """``raise error from cause``; on Python 2 too, ``error.__cause__`` is ``cause``."""
    error.__cause__ = cause
    six.raise_from(error, cause)


class ApiException(OpenApiException):
    """An error of the SDK: the server answered with an error status, or (subclasses) no answer came or
    the request was refused before sending.

    ``str(e)`` shows the status, the reason and CloudTower's message (never a token, cookie or password).
    ``e.request`` is the method and URL of the call that got the answer ("POST https://tower/v2/api/get-vms").
    """
    request = None

    def __init__(self, status=None, reason=None, http_resp=None, body=None, headers=None):
        if http_resp is not None:
            status = http_resp.status
            reason = http_resp.reason
            body = http_resp.data
            headers = http_resp.getheaders()
        self.status = status
        self.reason = reason
        self.headers = headers
        if isinstance(body, bytes):
            try:
                body = body.decode("utf-8")
            except UnicodeDecodeError:
                pass
        self.body = body
        self.error_body = _parse_error_body(body)
        eb = self.error_body or {}
        self.message = eb.get("message")
        self.code = eb.get("code")
        self.path = eb.get("path")
        self.operation_name = eb.get("operationName")
        super(ApiException, self).__init__(self.__str__())

    def _text(self):
        text = u"(%s)\nReason: %s\n" % (self.status, _as_text(self.reason))
        if self.message:
            text += u"Message: %s\n" % _as_text(self.message)
        if self.code:
            text += "Code: %s\n" % self.code
        if self.path:
            text += "Path: %s\n" % self.path
        if self.headers:
            text += "HTTP response headers: %s\n" % (redact_headers(self.headers),)
        if self.body and not self.message:
            text += u"HTTP response body: %s\n" % (redact_body(_as_text(self.body)),)
        return text


def _as_text(value):
    if isinstance(value, six.binary_type):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, six.text_type) else six.text_type(value)


def _parse_error_body(body):
    if not body or not isinstance(body, six.string_types):
        return None
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) and "message" in parsed else None


# -- refused before sending -------------------------------------------------------
# "..., got bytes b'hunter2'": the value a validation message shows, masked when the field is a secret.
_SHOWN_VALUE = re.compile(r"(got [\w.]+ ).*?(?=; pass |$)|(: ).*?(?= is not a number)", re.DOTALL)


class _PathError(ApiException):
    def __init__(self, msg, path_to_item=None, valid_classes=None, key_type=None):
        if names_a_secret(path_to_item) and isinstance(msg, six.string_types):
            msg = _SHOWN_VALUE.sub(lambda m: (m.group(1) or m.group(2)) + "***", msg)
        self.path_to_item = path_to_item
        self.valid_classes = valid_classes
        self.key_type = key_type
        self.status = self.reason = self.headers = self.body = self.error_body = None
        self.message, self.code, self.path, self.operation_name = msg, None, None, None
        OpenApiException.__init__(self, msg)

    _text = OpenApiException._text


class ApiTypeError(_PathError, TypeError):
    """A value has the wrong type (raised before the request is sent)."""


class ApiValueError(_PathError, ValueError):
    """A value or field name is not valid (raised before the request is sent)."""


class ApiAttributeError(_PathError, AttributeError):
    """An attribute does not exist on a model or result."""


class ApiKeyError(_PathError, KeyError):
    """A key does not exist."""


# -- no answer ----------------------------------------------------------------------
class ApiConnectionError(ApiException):
    """No answer came: the server could not be reached or the connection broke.

    ``sent`` is False when the request provably never reached the server
    (connection refused, DNS failure, connect timeout): sending it again is
    safe, whatever it does.  Otherwise the server may have acted on it.
    """

    def __init__(self, reason, sent=True):
        self.sent = sent
        super(ApiConnectionError, self).__init__(status=None, reason=reason)

    def _text(self):
        return _as_text(self.reason)


class ApiTimeoutError(ApiConnectionError):
    """The call ran out of time (see ``Configuration.connect_timeout`` / ``read_timeout``)."""


class ApiTLSError(ApiConnectionError):
    """The TLS handshake failed (certificate not trusted, wrong host name, client certificate missing)."""


# -- an answer, but not a usable one ----------------------------------------------------
class ApiResponseTooLargeError(ApiException):
    """The answer was larger than ``Configuration.max_answer_size`` (counted decompressed)."""


class BadRequestException(ApiException):
    """400: CloudTower refused the request (see ``e.message``)."""


class UnauthorizedException(ApiException):
    """401: no or wrong token; log in first (``utils.login``)."""


class ForbiddenException(ApiException):
    """403: the user may not do this."""


class NotFoundException(ApiException):
    """404: the path or the resource does not exist."""

    def _text(self):
        text = ApiException._text(self)
        if self.error_body is None and self.request:  # not CloudTower's own "not found": the path is unknown
            text += (u"Hint: this server has no %s. The host must end with /v2/api (https://<tower>/v2/api), "
                     u"and the Tower's API must have the operation (this SDK is made for 4.6.0; older Towers lack "
                     u"some operations).\n" % self.request)
        return text


class ServiceException(ApiException):
    """5xx: CloudTower failed to handle the request."""


_BY_STATUS = {400: BadRequestException, 401: UnauthorizedException, 403: ForbiddenException,
              404: NotFoundException}


def exception_for(http_resp, request=None):
    """The ``ApiException`` subclass matching the status of ``http_resp``; ``request`` ("POST <url>") is
    kept as ``e.request``."""
    cls = _BY_STATUS.get(http_resp.status)
    if cls is None:
        cls = ServiceException if 500 <= http_resp.status <= 599 else ApiException
    error = cls(http_resp=http_resp)
    error.request = request
    return error


# -- tasks ------------------------------------------------------------------------------
class TaskFailedError(ApiException):
    """A task that ``wait_task(s)`` waited for ended FAILED (``status`` 500, as in the peer SDKs).

    ``task_id``, ``error_code`` and ``error_message`` are those of the first failed task;
    ``tasks`` holds every failed ``Task``.
    """

    def __init__(self, tasks):
        self.tasks = list(tasks)
        first = self.tasks[0]
        self.task_id = first.id
        self.error_code = first.error_code
        self.error_message = first.error_message
        lines = ", ".join("%s: %s%s" % (t.id, t.error_message or "failed",
                                        " [%s]" % t.error_code if t.error_code else "") for t in self.tasks)
        super(TaskFailedError, self).__init__(status=500, reason="Task failed: %s" % lines)


class TaskTimeoutError(ApiException):
    """The tasks ``wait_task(s)`` waited for did not end in time (``status`` 408, as in the peer SDKs).

    ``task_ids`` are the unfinished tasks, ``tasks`` their last known ``Task`` (None if never seen),
    ``task_id`` the first of them.
    """

    def __init__(self, task_ids, timeout, tasks=None):
        self.task_ids = list(task_ids)
        self.task_id = self.task_ids[0] if self.task_ids else None
        self.tasks = list(tasks or [])
        states = dict((t.id, t.status) for t in self.tasks if t is not None)
        names = ", ".join("%s (%s)" % (i, states[i]) if states.get(i) else i for i in self.task_ids)
        super(TaskTimeoutError, self).__init__(status=408, reason="Timeout: tasks %s did not end within %ss"
                                               % (names, timeout))


# -- resource changes -------------------------------------------------------------------
class ResourceChangesCompactedError(ApiException):
    """The resource changes after ``revision`` are gone: CloudTower compacted its change log up to
    ``compact_revision``.  Changes were missed; read the resources afresh and watch again from the
    current revision (``watch_resource_changes`` without ``start_revision``)."""

    def __init__(self, compact_revision, revision):
        self.compact_revision = compact_revision
        self.revision = revision
        super(ResourceChangesCompactedError, self).__init__(
            status=410, reason="Resource changes compacted: revision %s is below the compact revision %s; read the "
                               "resources again and watch from now" % (revision, compact_revision))
