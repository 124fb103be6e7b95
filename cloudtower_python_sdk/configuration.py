# coding: utf-8
"""Connection settings of an :class:`~cloudtower_python_sdk.api_client.ApiClient`.

Example::

    from cloudtower_python_sdk.configuration import Configuration
    configuration = Configuration(host="https://tower.example.com/v2/api")
    configuration.verify_ssl = True
    configuration.ssl_ca_cert = "/etc/pki/tower-ca.pem"
    configuration.api_key["Authorization"] = token     # or utils.login(...)
"""
from __future__ import absolute_import

import copy
import logging
import os
import sys

import urllib3

LOGGER_NAME = "cloudtower_python_sdk"


class Configuration(object):
    """Settings shared by every request of a client; each parameter is also an attribute.

    :param host: the API endpoint, ``http(s)://<tower>/v2/api``.
    :param api_key: ``{"Authorization": token}``; the token of ``login`` or an API key.
    :param api_key_prefix: ``{"Authorization": "Bearer"}`` if the token needs a prefix.
    :param username, password: for HTTP basic auth (not used by CloudTower's API).
    :param discard_unknown_keys, server_index, server_variables, server_operation_index,
        server_operation_variables: accepted for the peer SDKs; they change nothing here.
    :param verify_ssl: check the server's certificate (default True).
    :param ssl_ca_cert: a CA bundle file to check it with (default: certifi's).
    :param cert_file, key_file: a client certificate and its key.
    :param assert_hostname: check the certificate's host name (False to skip it).
    :param tls_server_name: the name to ask the server's certificate for (SNI), when not the host's.
    :param proxy: ``http://proxy:3128`` (credentials in the URL are sent as ``Proxy-Authorization``).
    :param proxy_headers: headers for the proxy (``urllib3.make_headers(proxy_basic_auth="user:pass")``).
    :param no_proxy: hosts reached without the proxy, as in ``NO_PROXY`` ("tower.local, .corp").
    :param trust_env: without ``proxy``, use ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` and
        ``NO_PROXY`` of the environment, as requests and httpx do (default True).
    :param connection_pool_maxsize: connections kept per host (default: 5 × CPUs).
    :param socket_options: urllib3 socket options of new connections.
    :param connect_timeout: seconds to open a connection (default 10).
    :param read_timeout: seconds of silence from the server before giving up (default 60); with the
        defaults no call lasts longer than connect_timeout + read_timeout (70 s), retries included.
    :param request_timeout: replaces both for every call: a number is the deadline of the whole call
        (slow answers and retries included), a ``(connect, read)`` pair sets the two above.
    :param max_retries: how many times a call may be sent again (default 4; 0 turns retries off).
        Reads (``get_*``) are retried after connection failures and answers 429/502/503/504; changes
        only when they provably never reached the server (refused, DNS failure, connect timeout).
    :param retry_backoff: seconds before the first retry (default 0.5), doubled each time (at most
        10 s), with jitter.
    :param max_retry_after: the longest wait an answer's ``Retry-After`` is honoured for (default 30 s).
    :param retries: a urllib3 ``Retry`` (or a number) used instead of the SDK's policy, as in the
        peer SDKs; it never sends a change again once sent unless ``retry_mutations`` is True.
    :param retry_mutations: let ``retries`` send a change again after it was sent (it may run twice).
    :param max_answer_size: refuse answers larger than this many bytes, decompressed (default 128 MiB;
        None: no limit).
    :param client_side_validation: check requests against the API before sending (default True).
    """

    _default = None

    def __init__(self, host=None, api_key=None, api_key_prefix=None, username=None, password=None,
                 discard_unknown_keys=False, server_index=None, server_variables=None,
                 server_operation_index=None, server_operation_variables=None, ssl_ca_cert=None,
                 request_timeout=None, client_side_validation=True, verify_ssl=True, cert_file=None,
                 key_file=None, assert_hostname=None, tls_server_name=None, proxy=None, proxy_headers=None,
                 no_proxy=None, trust_env=True, connection_pool_maxsize=None, socket_options=None,
                 connect_timeout=10.0, read_timeout=60.0, max_retries=4, retry_backoff=0.5,
                 max_retry_after=30.0, retries=None, retry_mutations=False, max_answer_size=128 * 1024 * 1024):
        self.host = host or "http://localhost/v2/api"
        self.api_key = dict(api_key or {})
        self.api_key_prefix = dict(api_key_prefix or {})
        self.refresh_api_key_hook = None
        self.username = username
        self.password = password
        self.discard_unknown_keys = discard_unknown_keys
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.tls_server_name = tls_server_name
        self.proxy = proxy
        self.proxy_headers = proxy_headers
        self.no_proxy = no_proxy
        self.trust_env = trust_env
        self.connection_pool_maxsize = connection_pool_maxsize or _cpu_count() * 5
        self.socket_options = socket_options
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.request_timeout = request_timeout
        self.max_retries = max_retries
        self.retry_backoff = retry_backoff
        self.max_retry_after = max_retry_after
        self.retries = retries
        self.retry_mutations = retry_mutations
        self.max_answer_size = max_answer_size
        self.client_side_validation = client_side_validation
        self.safe_chars_for_path_param = ""
        self.temp_folder_path = None  # peer-SDK setting; downloads are not written to files here
        self.logger = {"package_logger": logging.getLogger(LOGGER_NAME),
                       "urllib3_logger": logging.getLogger("urllib3")}
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"
        self.logger_stream_handler = None
        self.logger_file_handler = None
        self._logger_file = None
        self._debug = False
        self._levels_before_debug = None

    # -- defaults -------------------------------------------------------
    @classmethod
    def set_default(cls, default):
        """Make ``default`` (a copy of it) what ``Configuration.get_default_copy()`` and ``ApiClient()`` use."""
        cls._default = copy.deepcopy(default)

    @classmethod
    def get_default_copy(cls):
        """A copy of the default configuration (a new ``Configuration()`` if none was set)."""
        if cls._default is not None:
            return copy.deepcopy(cls._default)
        return Configuration()

    def __deepcopy__(self, memo):
        cls = self.__class__
        result = cls.__new__(cls)
        memo[id(self)] = result
        for k, v in self.__dict__.items():
            if k in ("logger", "logger_file_handler", "logger_stream_handler"):
                setattr(result, k, v)  # loggers and handlers are shared, not copied
            else:
                setattr(result, k, copy.deepcopy(v, memo))
        return result

    # -- logging --------------------------------------------------------
    @property
    def logger_file(self):
        """A file that the SDK's (and urllib3's) log records also go to."""
        return self._logger_file

    @logger_file.setter
    def logger_file(self, value):
        # A new file replaces the previous one (None stops file logging): its
        # handler is detached and closed, so records do not go to both files.
        old = self.logger_file_handler
        if old is not None:
            for logger in self.logger.values():
                logger.removeHandler(old)
            old.close()
            self.logger_file_handler = None
        self._logger_file = value
        if value:
            self.logger_file_handler = logging.FileHandler(value)
            self.logger_file_handler.setFormatter(logging.Formatter(self.logger_format))
            for logger in self.logger.values():
                logger.addHandler(self.logger_file_handler)

    @property
    def debug(self):
        """True logs every request and answer at DEBUG level (tokens and passwords masked).

        The SDK's and urllib3's loggers go to DEBUG; False puts back the levels
        they had before (loggers are shared with the rest of the program).
        """
        return self._debug

    @debug.setter
    def debug(self, value):
        value = bool(value)
        if value == self._debug:
            return
        self._debug = value
        if value:
            self._levels_before_debug = dict((k, lg.level) for k, lg in self.logger.items())
            for logger in self.logger.values():
                logger.setLevel(logging.DEBUG)
            if not self.logger_file and self.logger_stream_handler is None:
                self.logger_stream_handler = logging.StreamHandler()
                self.logger_stream_handler.setFormatter(logging.Formatter(self.logger_format))
                self.logger["package_logger"].addHandler(self.logger_stream_handler)
        else:
            for key, level in (self._levels_before_debug or {}).items():
                self.logger[key].setLevel(level)
            self._levels_before_debug = None
            if self.logger_stream_handler is not None:
                self.logger["package_logger"].removeHandler(self.logger_stream_handler)
                self.logger_stream_handler = None

    # -- auth -----------------------------------------------------------
    def get_api_key_with_prefix(self, identifier, alias=None):
        """The value of header ``identifier``: the key with its prefix, or None."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        key = self.api_key.get(identifier, self.api_key.get(alias) if alias is not None else None)
        if key:
            prefix = self.api_key_prefix.get(identifier)
            return "%s %s" % (prefix, key) if prefix else key
        return None

    def get_basic_auth_token(self):
        """``Basic ...`` header value from username/password, or None."""
        if self.username is None and self.password is None:
            return None
        return urllib3.util.make_headers(basic_auth="%s:%s" % (self.username or "", self.password or "")) \
            .get("authorization")

    def auth_settings(self):
        """The authentication headers this configuration adds to each request."""
        settings = {}
        key = self.get_api_key_with_prefix("Authorization")
        if key is not None:
            settings["Authorization"] = {"type": "api_key", "in": "header", "key": "Authorization", "value": key}
        basic = self.get_basic_auth_token()
        if basic is not None and key is None:
            settings["Basic"] = {"type": "basic", "in": "header", "key": "Authorization", "value": basic}
        return settings

    def to_debug_report(self):
        """A text that describes this machine and SDK, for bug reports."""
        from ._version import __version__
        from .api import __api_version__
        return ("Python SDK Debug Report:\nOS: %s\nPython Version: %s\nVersion of the API: %s\n"
                "SDK Package Version: %s\nurllib3: %s" % (sys.platform, sys.version, __api_version__, __version__,
                                                          urllib3.__version__))

    def get_host_settings(self):
        return [{"url": self.host, "description": "CloudTower API endpoint"}]

    def get_host_from_settings(self, index, variables=None, servers=None):
        return self.host

    def __repr__(self):  # no token, password or proxy credentials
        return "<Configuration host=%r auth=%s>" % (self.host, "set" if self.api_key.get("Authorization") else "none")


def _cpu_count():
    count = getattr(os, "cpu_count", None)  # Python 3; multiprocessing costs 15 ms to import
    if count is None:
        import multiprocessing
        count = multiprocessing.cpu_count
    return count() or 1
