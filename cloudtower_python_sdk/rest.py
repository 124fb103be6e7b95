# coding: utf-8
"""The HTTP layer: one urllib3 pool manager per client, built from a Configuration.

Works with urllib3 1.26 (Python 2.7/3.6) and 2.x.  Connections are kept
alive and reused; answers are asked for gzip-compressed and decoded by urllib3.

Each call has a deadline (see ``Configuration.connect_timeout``), is sent
again when that is safe (see :mod:`._retry`), and fails with an
``ApiException`` subclass whatever went wrong on the way.
"""
from __future__ import absolute_import

import logging
import numbers
import os
import socket
import ssl
import time

import six
import urllib3
from six.moves import http_client
from six.moves.urllib.parse import urlencode

from . import _deadline
from ._redact import redact_body, redact_headers
from ._retry import (NO_URLLIB3_RETRIES, backoff, may_retry_error, may_retry_status, retry_after,
                     urllib3_policy)
from .exceptions import (ApiConnectionError, ApiException, ApiResponseTooLargeError, ApiTimeoutError,
                         ApiTLSError, ApiValueError, raise_from)

logger = logging.getLogger("cloudtower_python_sdk")
U3 = urllib3.exceptions
# What a broken or timed-out exchange raises below urllib3's own errors.
_TRANSPORT_ERRORS = (U3.HTTPError, socket.error, OSError, http_client.HTTPException, ssl.SSLError)


class RESTResponse(object):
    """An answer: ``status``, ``reason``, ``data`` (bytes) and headers."""
    __slots__ = ("urllib3_response", "status", "reason", "data")

    def __init__(self, resp, data=None):
        self.urllib3_response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.data = resp.data if data is None else data

    def getheaders(self):
        return self.urllib3_response.headers

    def getheader(self, name, default=None):
        return self.urllib3_response.headers.get(name, default)


class RESTClientObject(object):
    """Sends requests for one :class:`Configuration`; thread-safe.

    ``sleep`` is what waits between attempts (``time.sleep``; tests replace it).
    """

    def __init__(self, configuration, pools_size=4, maxsize=None):
        kwargs = {
            "num_pools": pools_size,
            "maxsize": maxsize or configuration.connection_pool_maxsize or 4,
            "cert_reqs": ssl.CERT_REQUIRED if configuration.verify_ssl else ssl.CERT_NONE,
            "block": False,
        }
        if configuration.verify_ssl and configuration.ssl_ca_cert:
            kwargs["ca_certs"] = configuration.ssl_ca_cert
        if configuration.cert_file:
            kwargs["cert_file"] = configuration.cert_file
        if configuration.key_file:
            kwargs["key_file"] = configuration.key_file
        if configuration.assert_hostname is not None:
            kwargs["assert_hostname"] = configuration.assert_hostname
        if getattr(configuration, "tls_server_name", None):
            kwargs["server_hostname"] = configuration.tls_server_name
        if configuration.socket_options is not None:
            kwargs["socket_options"] = configuration.socket_options
        proxy = proxy_for(configuration)
        if proxy:
            proxy_url, proxy_headers = _proxy_settings(proxy, configuration.proxy_headers)
            self.pool_manager = urllib3.ProxyManager(proxy_url, proxy_headers=proxy_headers, **kwargs)
        else:
            self.pool_manager = urllib3.PoolManager(**kwargs)
        # Pools that tell the deadline watchdog which connection a call uses (and, with
        # verify_ssl=False, do not warn: urllib3.disable_warnings would silence the whole process).
        self.pool_manager.pool_classes_by_scheme = (_deadline.POOL_CLASSES if configuration.verify_ssl
                                                    else _deadline.QUIET_POOL_CLASSES)
        self.configuration = configuration
        self.proxy = proxy
        self._https_proxy = bool(proxy and proxy.startswith("https:"))
        self._prepared = False
        self.sleep = time.sleep

    @property
    def default_timeout(self):
        """``configuration.request_timeout``, read at each request (like the API key), so that a change
        after the client was made applies."""
        return self.configuration.request_timeout

    def prepare(self, url):
        """Do here, in the caller's thread, what the first request to ``url`` would import.

        Python 2 has one import lock: a worker thread that imports (urllib3 does
        when it opens its first pool, the codecs when a host name is encoded)
        waits for a caller that is itself being imported, and ``get()`` never returns.
        """
        if url.startswith("https:") or self._https_proxy:
            self._use_default_ca_bundle()
        if six.PY2 and not self._prepared:
            self.pool_manager.connection_from_url(url)
            u"localhost".encode("idna")
            self._prepared = True

    def _use_default_ca_bundle(self):
        """Check certificates against certifi's bundle unless a CA file was given.

        Done on the first HTTPS request, not at start-up: importing certifi
        costs 50 ms on Python 3.11 and plain-HTTP users never need it.
        """
        pool_kw = self.pool_manager.connection_pool_kw
        if pool_kw.get("cert_reqs") == ssl.CERT_REQUIRED and not pool_kw.get("ca_certs"):
            pool_kw["ca_certs"] = _certifi_bundle()

    def request(self, method, url, headers=None, body=None, fields=None, query_params=None,
                _preload_content=True, _request_timeout=None, _reads=None):
        """Send one request; returns a :class:`RESTResponse` (or the raw urllib3 response).

        ``_reads``: the operation only reads, so it may be sent again after any
        transient failure (default: True for GET and HEAD).  Raises
        ``ApiConnectionError`` (``ApiTimeoutError``, ``ApiTLSError``) when no
        answer came, ``ApiResponseTooLargeError`` for an answer over
        ``max_answer_size``; an error status is returned, not raised.  With
        ``_preload_content=False`` the deadline ends when the headers arrived:
        the caller reads the body.
        """
        limits = Limits(_request_timeout if _request_timeout is not None else self.default_timeout,
                        self.configuration)
        reads = method in ("GET", "HEAD") if _reads is None else _reads
        if query_params:
            url = url + ("&" if "?" in url else "?") + urlencode(query_params)
        if url.startswith("https:") or self._https_proxy:
            self._use_default_ca_bundle()
        kwargs = {"headers": headers}
        if fields is not None:
            kwargs["fields"] = fields
            kwargs["encode_multipart"] = True
            # urllib3 sets the multipart Content-Type with its boundary.
            headers.pop("Content-Type", None)
        elif body is not None:
            kwargs["body"] = body
        deadline = _deadline.start(limits.seconds) if limits.seconds is not None else None
        try:
            return self._send(method, url, kwargs, reads, limits, deadline, _preload_content)
        finally:
            if deadline is not None:
                _deadline.finish(deadline)

    def _send(self, method, url, kwargs, reads, limits, deadline, preload):
        """Attempts until one succeeds, may not be repeated, or the deadline is near."""
        config = self.configuration
        own_policy = config.retries is None
        retries = NO_URLLIB3_RETRIES if own_policy else urllib3_policy(config.retries, reads,
                                                                        config.retry_mutations)
        max_retries = (config.max_retries or 0) if own_policy else 0
        attempt = 0
        while True:
            try:
                response = self._attempt(method, url, kwargs, retries, limits, deadline, preload)
            except ApiConnectionError as error:
                if attempt >= max_retries or not may_retry_error(error, reads):
                    raise
                wait, failure = backoff(attempt, config.retry_backoff), error
            else:
                if attempt >= max_retries or not may_retry_status(response.status, reads):
                    return response
                asked = retry_after(getattr(response, "urllib3_response", response).headers)
                wait = backoff(attempt, config.retry_backoff) if asked is None else min(asked, config.max_retry_after)
                failure = response
                if not preload:  # closed, not drained: a slow error body must not outlast the deadline
                    response.close()
                    response.release_conn()
            if deadline is not None and deadline.remaining() <= wait:
                if isinstance(failure, Exception):
                    raise failure
                return failure  # no time left to wait: the last answer is the result
            logger.info("%s %s: %s; sending it again in %.1f s", method, url,
                        getattr(failure, "status", None) or failure, wait)
            self.sleep(wait)
            attempt += 1

    def _attempt(self, method, url, kwargs, retries, limits, deadline, preload):
        if deadline is not None and deadline.remaining() <= 0:
            raise ApiTimeoutError("%s %s: no time left for another attempt (the call's deadline is %ss)"
                                  % (method, url, limits.seconds))
        send = self.pool_manager.request if "fields" in kwargs else self.pool_manager.urlopen
        try:
            try:
                response = send(method, url, retries=retries, preload_content=False,
                                timeout=limits.timeout(deadline), **kwargs)
            except U3.MaxRetryError as e:
                if e.reason is None:
                    raise
                six.reraise(type(e.reason), e.reason)
        except U3.LocationValueError as e:  # not a network failure: sending again cannot help
            raise_from(ApiValueError("Cannot send %s %s: %s; Configuration.host must look like "
                                     "https://tower.example.com/v2/api" % (method, url, e)), e)
        except _TRANSPORT_ERRORS as e:
            raise_from(connection_error(e, method, url, limits, deadline), e)
        if not preload:
            _deadline.detach(deadline)
            return response
        try:
            data = read_body(response, self.configuration.max_answer_size, url)
        except _TRANSPORT_ERRORS as e:
            raise_from(connection_error(e, method, url, limits, deadline, sent=True), e)
        finally:
            _deadline.detach(deadline)
            response.release_conn()
        return RESTResponse(response, data)

    def clear(self):
        self.pool_manager.clear()


def read_body(response, limit, url):
    """The decoded body of ``response``, refused once it passes ``limit`` bytes (None: no limit).

    A compressed body is read in small pieces: 16 KB of gzip can hold 16 MB.
    """
    length = response.headers.get("Content-Length", "")
    identity = response.headers.get("Content-Encoding", "identity").lower() in ("", "identity")
    if limit is not None and identity and length.isdigit() and int(length) > limit:
        _too_large(response, limit, url, "%s bytes" % length)
    if limit is None or identity and length.isdigit():
        return response.read()
    pieces, size = [], 0
    for piece in response.stream(16 * 1024 if not identity else 1024 * 1024):
        size += len(piece)
        if size > limit:
            _too_large(response, limit, url, "more than %d bytes%s" % (limit, "" if identity else " decompressed"))
        pieces.append(piece)
    return b"".join(pieces)


def _too_large(response, limit, url, size):
    response.close()  # the rest is not read: the connection cannot be reused
    raise ApiResponseTooLargeError(
        status=response.status, headers=response.headers,
        reason="The answer of %s is %s, over Configuration.max_answer_size (%d); ask for less (first/skip, "
               "where) or raise max_answer_size (None: no limit)" % (url, size, limit))


def connection_error(error, method, url, limits, deadline, sent=None):
    """The ``ApiConnectionError`` for a failed exchange; ``sent`` is False only when the request provably
    never reached the server."""
    where = "%s %s" % (method, url)
    if deadline is not None and deadline.expired:
        return ApiTimeoutError("%s: no complete answer within %ss (the call's deadline)" % (where, limits.seconds))
    inner = getattr(error, "original_error", None) or error  # a ProxyError wraps the proxy's failure
    if isinstance(inner, U3.NewConnectionError):  # refused, unreachable, name not resolved
        return ApiConnectionError("%s: cannot connect: %s" % (where, inner), sent=False)
    if isinstance(inner, U3.ConnectTimeoutError):
        return ApiTimeoutError("%s: cannot connect within %ss: %s" % (where, limits.connect, inner), sent=False)
    if isinstance(error, (U3.ReadTimeoutError, socket.timeout)):
        return ApiTimeoutError("%s: no answer within %ss" % (where, limits.read))
    if isinstance(error, (U3.SSLError, ssl.SSLError, getattr(ssl, "CertificateError", ssl.SSLError))):
        return ApiTLSError("%s: TLS failed: %s" % (where, error))
    if isinstance(error, U3.DecodeError):
        return ApiConnectionError("%s: the answer could not be decoded (%s)" % (where, error))
    if isinstance(error, U3.ProxyError):
        return ApiConnectionError("%s: the proxy failed: %s" % (where, error))
    return ApiConnectionError("%s: the connection broke%s: %s" % (
        where, " while the answer was read" if sent else "", error))


class Limits(object):
    """The time limits of one call, from a ``_request_timeout`` / ``Configuration.request_timeout`` value.

    * a number: the deadline of the whole call, every attempt and slow answer included
      (connecting still takes at most ``Configuration.connect_timeout``);
    * a ``(connect, read)`` pair, or None (``Configuration.connect_timeout`` and ``read_timeout``):
      at most ``connect`` seconds to connect, ``read`` seconds of silence, and ``connect + read``
      for the whole call;
    * a ``urllib3.Timeout``: used as is; its ``total`` (if any) is the deadline.
    """
    __slots__ = ("connect", "read", "seconds", "fixed")

    def __init__(self, value, configuration):
        self.fixed = None
        if isinstance(value, urllib3.Timeout):
            self.fixed, self.seconds = value, value.total
            self.connect = self.read = value.total
            return
        try:
            if value is None:
                value = (configuration.connect_timeout, configuration.read_timeout)
            if isinstance(value, numbers.Real) and not isinstance(value, bool):  # int, float, and long on Python 2
                urllib3.Timeout(total=value)  # refuses 0, negative numbers...
                connect = configuration.connect_timeout
                self.connect = value if connect is None else min(value, connect)
                self.read = self.seconds = value
            elif isinstance(value, (tuple, list)) and len(value) == 2:
                urllib3.Timeout(connect=value[0], read=value[1])
                self.connect, self.read = value
                self.seconds = None if None in value else value[0] + value[1]
            else:
                raise ValueError("use seconds (a number) or a (connect, read) pair")
        except (ValueError, TypeError) as e:  # urllib3 refuses 0, negative numbers, booleans, ...
            raise ApiValueError("Invalid timeout %r: %s" % (value, e))

    def timeout(self, deadline):
        """The ``urllib3.Timeout`` of the next attempt: never past the deadline."""
        if self.fixed is not None:
            return self.fixed
        if deadline is None:
            return urllib3.Timeout(connect=self.connect, read=self.read)
        left = max(deadline.remaining(), 0.001)
        return urllib3.Timeout(connect=left if self.connect is None else min(self.connect, left),
                               read=left if self.read is None else min(self.read, left))


def _certifi_bundle():
    import certifi  # 50 ms of imports on Python 3.11: only when a certificate is to be checked
    return certifi.where()


def proxy_for(configuration):
    """The proxy URL for ``configuration.host``, or None.

    ``configuration.proxy`` wins; without it (and unless ``trust_env`` is
    False) ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` (or lower case) of
    the host's scheme, as requests and httpx read them.  ``NO_PROXY`` (or
    ``configuration.no_proxy``) lists hosts reached directly.
    """
    host = configuration.host
    if configuration.proxy:
        return None if bypasses_proxy(host, configuration.no_proxy) else configuration.proxy
    if not configuration.trust_env:
        return None
    env = _environment_proxies()
    scheme = urllib3.util.parse_url(host).scheme or "http"
    proxy = env.get(scheme) or env.get("all")
    if not proxy or bypasses_proxy(host, configuration.no_proxy) or bypasses_proxy(host, env.get("no")):
        return None
    return proxy if "://" in proxy else "http://" + proxy


def _environment_proxies():
    """{"http": ..., "https": ..., "all": ..., "no": ...} from ``<scheme>_proxy`` variables, lower case first,
    as urllib reads them (importing urllib.request for it would cost 2.5 ms of start-up)."""
    env = os.environ
    found = {}
    for scheme in ("http", "https", "all", "no"):
        value = env.get(scheme + "_proxy") or env.get(scheme.upper() + "_PROXY")
        if value:
            found[scheme] = value.strip()
    if "REQUEST_METHOD" in env and not env.get("http_proxy"):
        found.pop("http", None)  # in a CGI script HTTP_PROXY may come from a request header ("httpoxy")
    return found


def bypasses_proxy(url, no_proxy):
    """True when ``no_proxy`` ("example.com, .corp, 10.0.0.1:8443, *") lists the host of ``url``."""
    if not no_proxy:
        return False
    parsed = urllib3.util.parse_url(url)
    host = (parsed.host or "").strip("[]").lower()
    host_port = "%s:%s" % (host, parsed.port or {"https": 443}.get(parsed.scheme, 80))
    for entry in str(no_proxy).replace(" ", ",").split(","):
        entry = entry.strip().lstrip(".").lower()
        if entry == "*" or entry and (entry in (host, host_port) or host.endswith("." + entry)):
            return True
    return False


def _proxy_settings(proxy, proxy_headers):
    """(proxy URL, proxy headers): credentials in the URL (``http://user:pass@proxy:3128``) become a
    ``Proxy-Authorization`` header, as urllib3 ignores them; an explicit one in ``proxy_headers`` wins."""
    headers = dict(proxy_headers or {})
    url = urllib3.util.parse_url(proxy)
    if url.auth:
        from six.moves.urllib.parse import unquote
        if not any(k.lower() == "proxy-authorization" for k in headers):
            headers.update(urllib3.util.make_headers(proxy_basic_auth=unquote(url.auth)))
        proxy = url._replace(auth=None).url
    return proxy, headers or None


__all__ = ["RESTClientObject", "RESTResponse", "ApiException", "redact_body", "redact_headers"]
