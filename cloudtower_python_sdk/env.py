# coding: utf-8
"""A logged-in client from environment variables, as boto3 and openai-python read theirs.

Example::

    # export CLOUDTOWER_ENDPOINT=https://tower.example.com CLOUDTOWER_USERNAME=root CLOUDTOWER_PASSWORD=...
    from cloudtower_python_sdk.utils import client_from_env
    client = client_from_env()

| variable | meaning |
| --- | --- |
| ``CLOUDTOWER_ENDPOINT`` | required: ``https://tower.example.com`` (``/v2/api`` is added) or the full API URL |
| ``CLOUDTOWER_USERNAME``, ``CLOUDTOWER_PASSWORD`` | log in with these (``utils.login``: logs in again after a 401) |
| ``CLOUDTOWER_USER_SOURCE`` | ``LOCAL`` (default) or ``LDAP`` |
| ``CLOUDTOWER_API_KEY`` | a token or API key to send instead of logging in (wins over a username) |
| ``CLOUDTOWER_VERIFY_SSL`` | ``true`` (default) or ``false``: check the Tower's certificate |
| ``CLOUDTOWER_CA_CERT`` | a CA bundle file to check it with |
| ``CLOUDTOWER_CLIENT_CERT``, ``CLOUDTOWER_CLIENT_KEY`` | a client certificate and its key |
| ``CLOUDTOWER_PROXY`` | ``http://proxy:3128`` |
| ``CLOUDTOWER_TIMEOUT`` | seconds each request may take |

An empty variable counts as unset.
"""
from __future__ import absolute_import

import os

from .exceptions import ApiValueError

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")
_SOURCES = ("LOCAL", "LDAP")


def client_from_env(environ=None):
    """An ``ApiClient`` for the Tower the ``CLOUDTOWER_*`` variables describe, logged in (see the module).

    :param environ: the variables (a mapping); default ``os.environ``.

    Raises ``ApiValueError`` naming the variable that is missing or wrong, and
    what the login raises.  Example::

        from cloudtower_python_sdk import VmApi
        vms = VmApi(client_from_env()).get_vms({"first": 10})
    """
    from .api_client import ApiClient
    from .configuration import Configuration
    env = _Env(os.environ if environ is None else environ)
    config = Configuration(host=_endpoint(env.required("CLOUDTOWER_ENDPOINT")))
    verify = env.get("CLOUDTOWER_VERIFY_SSL")
    if verify is not None:
        config.verify_ssl = _boolean("CLOUDTOWER_VERIFY_SSL", verify)
    config.ssl_ca_cert = env.path("CLOUDTOWER_CA_CERT")
    config.cert_file = env.path("CLOUDTOWER_CLIENT_CERT")
    config.key_file = env.path("CLOUDTOWER_CLIENT_KEY")
    config.proxy = env.get("CLOUDTOWER_PROXY")
    timeout = env.get("CLOUDTOWER_TIMEOUT")
    if timeout is not None:
        config.request_timeout = _seconds("CLOUDTOWER_TIMEOUT", timeout)
    api_key = env.get("CLOUDTOWER_API_KEY")
    if api_key is not None:
        config.api_key["Authorization"] = api_key
        return ApiClient(config)
    username, password = env.get("CLOUDTOWER_USERNAME"), env.get("CLOUDTOWER_PASSWORD")
    if username is None or password is None:
        missing = [n for n, v in (("CLOUDTOWER_USERNAME", username), ("CLOUDTOWER_PASSWORD", password)) if v is None]
        raise ApiValueError("client_from_env(): set %s (or CLOUDTOWER_API_KEY to use a token instead of a login)"
                            % " and ".join(missing))
    source = (env.get("CLOUDTOWER_USER_SOURCE") or "LOCAL").upper()
    if source not in _SOURCES:
        raise ApiValueError("client_from_env(): CLOUDTOWER_USER_SOURCE must be LOCAL or LDAP, got %r"
                            % env.get("CLOUDTOWER_USER_SOURCE"))
    from .auth import login
    client = ApiClient(config)
    try:
        login(client, username, password, source)
    except Exception:
        client.close()
        raise
    return client


class _Env(object):
    def __init__(self, environ):
        self.environ = environ

    def get(self, name):
        value = self.environ.get(name)
        return value if value else None  # empty counts as unset

    def required(self, name):
        value = self.get(name)
        if value is None:
            raise ApiValueError("client_from_env(): set %s, e.g. %s=https://tower.example.com" % (name, name))
        return value

    def path(self, name):
        value = self.get(name)
        if value is not None and not os.path.isfile(value):
            raise ApiValueError("client_from_env(): %s names %r, which is not a file" % (name, value))
        return value


def _endpoint(value):
    url = value.strip().rstrip("/")
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest:
        raise ApiValueError("client_from_env(): CLOUDTOWER_ENDPOINT must be an http(s) URL such as "
                            "https://tower.example.com, got %r" % value)
    return url if "/" in rest else url + "/v2/api"


def _boolean(name, value):
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ApiValueError("client_from_env(): %s must be true or false (or 1/0, yes/no), got %r" % (name, value))


def _seconds(name, value):
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if not seconds > 0:
        raise ApiValueError("client_from_env(): %s must be a positive number of seconds, got %r" % (name, value))
    return seconds


__all__ = ["client_from_env"]
