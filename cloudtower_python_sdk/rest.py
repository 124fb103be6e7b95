# coding: utf-8
"""The HTTP layer: one urllib3 pool manager per client, built from a Configuration.

Works with urllib3 1.26 (Python 2.7/3.6) and 2.x.  Connections are kept
alive and reused; answers are asked for gzip-compressed and decoded by urllib3.
"""
from __future__ import absolute_import

import logging
import numbers
import re
import ssl

import six
import urllib3
from six.moves.urllib.parse import urlencode

from .exceptions import ApiException, ApiValueError

logger = logging.getLogger("cloudtower_python_sdk")

_SECRET_HEADERS = ("authorization", "cookie", "proxy-authorization", "set-cookie", "x-api-key")
# String values of fields whose name mentions a secret: password, root_user_password, platform_password,
# token, chap_secret, iscsi_chap_secret, fileSecret, auth_pass_phrase, privacy_pass_phrase, api_key...
# A value cut off by the end of the text (a truncated log excerpt) is masked too.
_SECRET_FIELDS = re.compile(r'("[^"\\]*(?:password|passwd|secret|token|pass_?phrase|api_?key)[^"\\]*"\s*:\s*)'
                            r'"(?:[^"\\]|\\.)*(?:"|\\?$)', re.IGNORECASE)


def redact_headers(headers):
    return dict((k, "***" if k.lower() in _SECRET_HEADERS else v) for k, v in (headers or {}).items())


def redact_body(text):
    """``{"password": "x"}`` -> ``{"password": "***"}``: what debug logging may show of a body."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return _SECRET_FIELDS.sub(r'\1"***"', text)


class RESTResponse(object):
    """An answer: ``status``, ``reason``, ``data`` (bytes) and headers."""
    __slots__ = ("urllib3_response", "status", "reason", "data")

    def __init__(self, resp):
        self.urllib3_response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.data = resp.data

    def getheaders(self):
        return self.urllib3_response.headers

    def getheader(self, name, default=None):
        return self.urllib3_response.headers.get(name, default)


class RESTClientObject(object):
    """Sends requests for one :class:`Configuration`; thread-safe."""

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
        if configuration.retries is not None:
            kwargs["retries"] = configuration.retries
        if configuration.socket_options is not None:
            kwargs["socket_options"] = configuration.socket_options
        if not configuration.verify_ssl:
            # Silence urllib3's per-request warning; the choice was explicit.
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        if configuration.proxy and not _no_proxy(configuration):
            proxy_url, proxy_headers = _proxy_settings(configuration.proxy, configuration.proxy_headers)
            self.pool_manager = urllib3.ProxyManager(proxy_url, proxy_headers=proxy_headers, **kwargs)
        else:
            self.pool_manager = urllib3.PoolManager(**kwargs)
        self.configuration = configuration
        self._https_proxy = bool(configuration.proxy and configuration.proxy.startswith("https:"))
        self._prepared = False

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
                _preload_content=True, _request_timeout=None):
        """Send one request; returns a :class:`RESTResponse` (or the raw urllib3 response)."""
        timeout = _timeout(_request_timeout if _request_timeout is not None else self.default_timeout)
        if query_params:
            url = url + ("&" if "?" in url else "?") + urlencode(query_params)
        if url.startswith("https:") or self._https_proxy:
            self._use_default_ca_bundle()
        kwargs = {"headers": headers, "preload_content": _preload_content, "timeout": timeout}
        if fields is not None:
            kwargs["fields"] = fields
            kwargs["encode_multipart"] = True
            # urllib3 sets the multipart Content-Type with its boundary.
            headers.pop("Content-Type", None)
            response = self.pool_manager.request(method, url, **kwargs)
        else:
            if body is not None:
                kwargs["body"] = body
            response = self.pool_manager.urlopen(method, url, **kwargs)
        if not _preload_content:
            return response
        return RESTResponse(response)

    def clear(self):
        self.pool_manager.clear()


def _certifi_bundle():
    import certifi  # 50 ms of imports on Python 3.11: only when a certificate is to be checked
    return certifi.where()


def _timeout(value):
    if value is None:
        return urllib3.Timeout.DEFAULT_TIMEOUT
    if isinstance(value, urllib3.Timeout):
        return value
    try:
        if isinstance(value, numbers.Real) and not isinstance(value, bool):  # int, float, and long on Python 2
            return urllib3.Timeout(total=value)
        if isinstance(value, (tuple, list)) and len(value) == 2:
            return urllib3.Timeout(connect=value[0], read=value[1])
    except ValueError as e:  # urllib3 refuses 0, negative numbers, booleans, ...
        raise ApiValueError("Invalid timeout %r: %s" % (value, e))
    raise ApiValueError("Invalid timeout %r: use seconds (a number) or a (connect, read) pair" % (value,))


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


def _no_proxy(configuration):
    if not configuration.no_proxy:
        return False
    host = urllib3.util.parse_url(configuration.host).host or ""
    for entry in str(configuration.no_proxy).split(","):
        entry = entry.strip().lstrip(".")
        if entry == "*" or entry and (host == entry or host.endswith("." + entry)):
            return True
    return False


__all__ = ["RESTClientObject", "RESTResponse", "ApiException", "redact_body", "redact_headers"]
