# coding: utf-8
"""The client every Api object sends its requests through.

Example::

    from cloudtower_python_sdk import ApiClient, Configuration, VmApi
    with ApiClient(Configuration(host="http://tower.example.com/v2/api")) as client:
        vms = VmApi(client).get_vms({"first": 10})

One client may be shared by threads; ``async_req=True`` calls run in
parallel on its pool of ``pool_threads`` threads, started on the first such
call and stopped by ``close()`` (or when the client is garbage-collected).
"""
from __future__ import absolute_import

import atexit
import gc
import json
import logging
import threading

import six
from urllib3._collections import HTTPHeaderDict

from . import _deadline, _lazy, types
from ._redact import redact_body, redact_headers
from .configuration import Configuration, _cpu_count
from .exceptions import ApiException, ApiValueError, exception_for
from .model_base import ResultList
from .rest import RESTClientObject

logger = logging.getLogger("cloudtower_python_sdk")


class ApiClient(object):
    """Sends requests and turns answers into models.

    :param configuration: a :class:`Configuration`; default: ``Configuration.get_default_copy()``.
    :param header_name, header_value: one header added to every request.
    :param cookie: a ``Cookie`` header value added to every request.
    :param pool_threads: threads that run ``async_req=True`` calls (default: CPUs + 4, at most 32,
        like ``concurrent.futures``; the calls wait on the network, not on the CPU).
    """

    def __init__(self, configuration=None, header_name=None, header_value=None, cookie=None, pool_threads=None):
        if configuration is None:
            configuration = Configuration.get_default_copy()
        self.configuration = configuration
        self.pool_threads = pool_threads or min(32, (_cpu_count() or 1) + 4)
        self.rest_client = RESTClientObject(configuration)
        self.default_headers = {}
        if header_name is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        from ._version import __version__
        self.user_agent = "cloudtower-python-sdk/%s/python" % __version__
        self._pool_holder = _PoolHolder()
        self._lock = threading.Lock()

    # -- lifecycle ------------------------------------------------------
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        """Stop the thread pool (if one was started) and close pooled connections."""
        with self._lock:
            self._pool_holder.stop(wait=True)
        self.rest_client.clear()

    @property
    def _pool(self):
        return self._pool_holder.pool

    @property
    def pool(self):
        """The thread pool of ``async_req=True`` calls, started on first use."""
        holder = self._pool_holder
        if holder.pool is None:
            with self._lock:
                if holder.pool is None:
                    holder.start(self.pool_threads)
        return holder.pool

    # -- headers --------------------------------------------------------
    @property
    def user_agent(self):
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value):
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name, header_value):
        """Add a header to every request of this client."""
        self.default_headers[header_name] = header_value

    # -- requests -------------------------------------------------------
    def call_api(self, resource_path, method, path_params=None, query_params=None, header_params=None, body=None,
                 post_params=None, files=None, response_type=None, auth_settings=None, async_req=None,
                 _return_http_data_only=None, collection_formats=None, _preload_content=True,
                 _request_timeout=None, _host=None, _request_auth=None, response_types_map=None):
        """Call any path, as the peer SDKs' ``call_api`` does (no checks of the body).

        For an endpoint this SDK does not know yet::

            data = client.call_api("/get-vms", "POST", body={"first": 1}, response_type="list[Vm]",
                                   _return_http_data_only=True)

        Without ``_return_http_data_only=True`` it returns ``(data, status, headers)``.
        """
        from .api_base import Operation
        for name, value in (path_params or {}).items():
            resource_path = resource_path.replace("{%s}" % name, str(value))
        if response_type is None and response_types_map:
            response_type = response_types_map.get(200)
        files = dict(files or {})
        form = list(post_params or []) + [(k, types.parse("file").to_wire(v, types.WireContext(), [k]))
                                          for k, v in files.items()]
        content_type = "multipart/form-data" if form else ("application/json" if body is not None else None)
        operation = Operation(resource_path.strip("/").replace("/", "_"), method.upper(), resource_path,
                              returns=response_type, content_type=content_type)
        query = list((query_params or {}).items()) if isinstance(query_params, dict) else list(query_params or [])
        wire_body = None if body is None else self.sanitize_for_serialization(body)
        return self.send_operation(operation, wire_body, query, form, dict(header_params or {}),
                                   http_info=not _return_http_data_only, async_req=async_req,
                                   _preload_content=_preload_content, _request_timeout=_request_timeout,
                                   _request_auth=_request_auth)

    def send_operation(self, operation, body, query, form, headers, http_info=False, async_req=False,
                       _preload_content=True, _request_timeout=None, _headers=None, _request_auth=None,
                       _host_index=None, _check_input_type=None, _check_return_type=None):
        """Send a request already checked by ``operation``; see :mod:`api_base`.

        ``_request_auth`` (``{"in": "header", "key": "Authorization", "value": token}``)
        replaces the configuration's credentials for this call.  ``_host_index``
        and ``_check_return_type`` are accepted for peer-SDK compatibility and
        change nothing (there is one host; answers are always read leniently).
        """
        args = (operation, body, query, form, headers, http_info, _preload_content, _request_timeout, _headers,
                _request_auth)
        if async_req:
            # Import what the worker thread will need here: on Python 2 a worker's
            # import waits for the import lock, which a caller inside an import holds.
            if operation.returns:
                types.parse(operation.returns).resolve()
            self.rest_client.prepare(self.configuration.host)
            return self.pool.apply_async(self._send, args)
        return self._send(*args)

    def _send(self, operation, body, query, form, headers, http_info, preload, timeout, extra_headers,
              request_auth=None):
        config = self.configuration
        # Case-insensitive: a later "content-language" replaces an earlier "Content-Language".
        all_headers = HTTPHeaderDict()
        all_headers["Accept"] = "application/json"
        all_headers["Accept-Encoding"] = "gzip"
        all_headers.update(self.default_headers)
        if self.cookie:
            all_headers["Cookie"] = self.cookie
        for setting in ([request_auth] if request_auth else config.auth_settings().values()):
            if setting.get("in", "header") != "header":
                raise ApiValueError("_request_auth must be a header credential: {'in': 'header', 'key': "
                                    "'Authorization', 'value': token}")
            all_headers[setting["key"]] = setting["value"]
        payload = None
        if body is not None:
            all_headers["Content-Type"] = operation.content_type
            payload = _json_bytes(body)
        elif operation.content_type == "application/json":
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers)
        if extra_headers:
            all_headers.update(extra_headers)
        url = config.host.rstrip("/") + operation.path
        fields = [(k, _form_value(v)) for k, v in form] if operation.content_type == "multipart/form-data" else None
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s headers=%s body=%s", operation.http_method, url, redact_headers(all_headers),
                         redact_body(payload) if payload else None)
        response = self.rest_client.request(operation.http_method, url, headers=all_headers, body=payload,
                                            fields=fields, query_params=query, _preload_content=preload,
                                            _request_timeout=timeout, _reads=operation.reads)
        if not preload:
            return response
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %s %s", operation.http_method, url, response.status,
                         redact_body(response.data)[:2000])
        if response.status == 401 and request_auth is None and self._after_unauthorized(operation, all_headers):
            # The 401 means nothing ran: logged in again, the call is sent once more (see auth.py).
            response = self.rest_client.request(operation.http_method, url, headers=all_headers, body=payload,
                                                fields=fields, query_params=query, _request_timeout=timeout,
                                                _reads=operation.reads)
        if not 200 <= response.status <= 299:
            raise exception_for(response, "%s %s" % (operation.http_method, url))
        data = self.deserialize(response, operation.returns)
        if http_info:
            return data, response.status, response.getheaders()
        return data

    def _after_unauthorized(self, operation, headers):
        """After ``utils.login()``, a 401 logs in again (once for concurrent calls): True to resend the
        call with the new token, now in ``headers``; False raises the 401.  See :mod:`auth`."""
        remembered = getattr(self, "_remembered_login", None)  # set by utils.login()
        authorization = remembered.after_401(self, operation, headers.get("Authorization")) if remembered else None
        if authorization is None:
            return False
        headers["Authorization"] = authorization
        return True

    # -- (de)serialization ----------------------------------------------
    def deserialize(self, response, response_type):
        """Turn an answer's JSON into ``response_type`` (a type string such as ``"list[Vm]"``).

        Lenient by design: unknown fields are kept, unknown enum values stay
        strings, missing fields read as None, so older and newer CloudTower
        versions stay usable.
        """
        if response_type is None:
            return None
        raw = response.data if hasattr(response, "data") else response
        if not raw:
            return None
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if text.startswith(u"\ufeff"):
            text = text[1:]  # a byte-order mark some proxies add
        with _gc_paused(len(raw) if _alone() else 0):
            try:
                data = json.loads(text)
            except ValueError:
                if response_type == "str":
                    return text  # get-version may answer plain text
                raise ApiException(status=getattr(response, "status", None),
                                   reason="The answer is not JSON (expected %s); is the host a CloudTower "
                                          "API endpoint (http(s)://<tower>/v2/api)?" % response_type,
                                   body=text[:2000], headers=getattr(response, "getheaders", lambda: None)())
            return self.deserialize_data(data, response_type)

    @staticmethod
    def deserialize_data(data, response_type):
        """Turn already-parsed JSON into ``response_type`` (see :meth:`deserialize`)."""
        t = types.parse(response_type)
        if isinstance(t, types.ListOf) and isinstance(data, list):
            inner = t.inner
            if isinstance(inner, types.Ref) and inner.needs_conversion:
                wrap = inner.target._wrap
                return ResultList([wrap(d) for d in data])
            return ResultList(t.from_json(data))
        return t.from_json(data) if t.needs_conversion else data

    # -- helpers of the peer SDKs' ApiClient, kept for scripts that use them --
    def request(self, method, url, query_params=None, headers=None, post_params=None, body=None,
                _preload_content=True, _request_timeout=None):
        """Send one raw request through this client's connection pool (no checks, no auth added)."""
        payload = None if body is None else _json_bytes(self.sanitize_for_serialization(body))
        return self.rest_client.request(method, url, headers=dict(headers or {}), body=payload,
                                        fields=post_params or None, query_params=query_params,
                                        _preload_content=_preload_content, _request_timeout=_request_timeout)

    @staticmethod
    def select_header_accept(accepts):
        """``application/json`` if offered, else all of ``accepts`` joined (None for none)."""
        if not accepts:
            return None
        return "application/json" if "application/json" in [a.lower() for a in accepts] else ", ".join(accepts)

    @staticmethod
    def select_header_content_type(content_types):
        """``application/json`` if offered (or nothing is), else the first of ``content_types``."""
        if not content_types or "application/json" in [c.lower() for c in content_types]:
            return "application/json"
        return content_types[0]

    def sanitize_for_serialization(self, obj):
        """The JSON form of models, dicts, lists and dates (no validation)."""
        return types.Type().to_wire(obj, types.WireContext(validate=False), [])


class _gc_paused(object):
    """Pause the cyclic garbage collector while a large answer is decoded.

    JSON answers hold no reference cycles, yet decoding 10,000 VMs creates
    millions of containers, and the collections those allocations trigger
    walk every object the process already holds: decoding took 2-3 times as
    long with the collector on.  At the end, one young-generation collection
    moves the new objects to the old generation, so that their one walk is
    paid here and not at some later allocation in the caller's code.  Nested
    and concurrent decodes share one pause; the collector is turned back on
    only if it was on when the first one began.  The collector is the whole
    process's: ``deserialize`` pauses it only when no other thread runs
    (``_alone``), so no code but the SDK's own ever sees it off.
    """
    THRESHOLD = 1024 * 1024  # bytes (about 400 full VMs); below that the collector costs little
    _lock = threading.Lock()
    _depth = 0
    _was_enabled = False

    def __init__(self, size):
        self.active = size >= self.THRESHOLD

    def __enter__(self):
        if self.active:
            cls = _gc_paused
            with cls._lock:
                if cls._depth == 0:
                    cls._was_enabled = gc.isenabled()
                    gc.disable()
                cls._depth += 1

    def __exit__(self, *exc):
        if self.active:
            cls = _gc_paused
            with cls._lock:
                cls._depth -= 1
                resume = cls._depth == 0 and cls._was_enabled
                if resume:
                    gc.enable()
            if resume:
                gc.collect(1)


def _alone():
    """True when no thread but the caller's (and the SDK's deadline watchdog) runs: only then is the
    collector paused, so that no other code of the process sees it off."""
    return threading.active_count() <= 1 + (_deadline.watchdog_thread() is not None)


class _PoolHolder(object):
    """The thread pool of a client, stopped when the client is closed or garbage-collected.

    Held apart from the client, with no reference back to it: a client in a
    reference cycle can still be collected (on Python 2 too), and then this
    object's ``__del__`` releases the pool's threads.
    """
    __slots__ = ("pool",)

    def __init__(self):
        self.pool = None

    def start(self, threads):
        from multiprocessing.pool import ThreadPool  # only when async calls are used
        self.pool = ThreadPool(threads)
        atexit.register(self.pool.close)

    def stop(self, wait):
        pool, self.pool = self.pool, None
        if pool is None:
            return
        pool.close()
        if wait:
            pool.join()
        try:
            atexit.unregister(pool.close)
        except AttributeError:  # Python 2
            pass

    def __del__(self):
        try:
            self.stop(wait=False)  # the workers end when their queue is done; never block the collector
        except Exception:  # noqa: BLE001 -- at interpreter shutdown modules may be gone already
            pass


def _json_bytes(body):
    """The UTF-8 JSON of a request body.

    Python 2 strings may be UTF-8 bytes or unicode, mixed: there json escapes
    everything to ASCII (decoding byte strings as UTF-8), which is safe for both.
    """
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=six.PY2)
    return text if isinstance(text, bytes) else text.encode("utf-8")


def _form_value(value):
    """A multipart field: files arrive as tuples (see types.FileType), the rest as text."""
    if isinstance(value, (tuple, six.text_type, six.binary_type)):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_lazy.register("default_client", ApiClient)  # what ``VmApi()`` uses when given no client

__all__ = ["ApiClient"]
