# coding: utf-8
"""Logins that last: LDAP through the Tower's AUTHN strategy, and one new login after a 401.

Example::

    from cloudtower_python_sdk.utils import login
    login(client, "alice", "secret", source="LDAP")
    # ... hours later the token is revoked (logout everywhere, password reset):
    vm_api.get_vms({"first": 1})   # 401 -> logs in again with the same credentials, resends once

A token of CloudTower does not expire by time, but it stops working when it is
revoked.  After :func:`login`, the client remembers the credentials (never
shown in a repr, a log or an error) and, when a call is answered 401, logs in
once more and sends that call again -- safe, since a 401 means nothing ran.
Calls that get 401 at the same time share one new login; a 401 on the resent
call is raised, and so is the call's 401 when the new login fails (the reason
is logged as a warning).  (A call with ``_preload_content=False`` returns its
raw answer, 401 or not.)  Without a remembered login (a token or
API key set by hand) a 401 is raised as it is.
"""
from __future__ import absolute_import

import json
import logging
import threading

import six

from .exceptions import ApiException, ApiTypeError

logger = logging.getLogger("cloudtower_python_sdk")

_AUTHN_QUERY = "{authnStrategies{id type}}"


def login(api_client, username, password, source="LOCAL", remember=True):
    """Log in, store the token in ``api_client.configuration`` and return it.

    ``source`` is a ``UserSource``: "LOCAL" or "LDAP".  For "LDAP", the Tower's
    AUTHN strategy of type LDAP is looked up (a newer Tower logs LDAP users in
    through it: ``source: "AUTHN"`` with its ``auth_config_id``); a Tower
    without one gets the plain LDAP login.  With ``remember`` (the default)
    the client logs in again by itself when a later call is answered 401
    (see the module docstring).  Example::

        token = login(client, "root", "password")
    """
    for name, value in (("username", username), ("password", password)):
        if not isinstance(value, six.string_types):
            raise ApiTypeError("login(): %s must be a string, got %s" % (name, type(value).__name__))
    credentials = _Credentials(username, password, source)
    token = credentials.log_in(api_client)
    api_client._remembered_login = credentials if remember else None
    return token


def forget_login(api_client):
    """Stop logging in again after a 401 on this client (the credentials are dropped)."""
    api_client._remembered_login = None


class _Credentials(object):
    """What :func:`login` needs to log in again; the password never leaves it."""
    __slots__ = ("username", "_password", "source", "_lock", "_user_api")

    def __init__(self, username, password, source):
        from .api.user_api import UserApi  # here, not in a worker thread (Python 2's import lock)
        self.username = username
        self._password = password
        self.source = source
        self._lock = threading.Lock()
        self._user_api = UserApi

    def __repr__(self):
        return "<login %s (%s), password hidden>" % (self.username, self.source)

    def log_in(self, api_client):
        body = {"username": self.username, "password": self._password, "source": self.source}
        if self.source == "LDAP":
            strategy_id = ldap_authn_strategy(api_client)
            if strategy_id is not None:
                body.update(source="AUTHN", auth_config_id=strategy_id)
        token = self._user_api(api_client).login(body).data.token
        api_client.configuration.api_key["Authorization"] = token
        return token

    def after_401(self, api_client, operation, sent_authorization):
        """The ``Authorization`` value to resend a call with after a 401, or None to raise the 401.

        Called by ``ApiClient`` once per call that got 401; ``sent_authorization`` is what it carried.
        """
        if operation.path == "/login":
            return None
        with self._lock:
            current = api_client.configuration.get_api_key_with_prefix("Authorization")
            if current is not None and current != sent_authorization:
                return current  # another call logged in again while this one was on its way
            logger.info("401 Unauthorized: logging in again as %s", self.username)
            try:
                self.log_in(api_client)
            except ApiException as e:  # the call's own 401 is raised; why the login failed is logged
                logger.warning("Logging in again as %s failed (%s %s)", self.username, e.status, e.message or e.reason)
                return None
            return api_client.configuration.get_api_key_with_prefix("Authorization")


def ldap_authn_strategy(api_client):
    """The id of the Tower's AUTHN strategy of type LDAP, or None (older Tower, or none configured).

    Asks the GraphQL endpoint beside the REST API (``<tower>/api`` for
    ``<tower>/v2/api``) through the client's own connection pool, TLS and
    proxy settings.
    """
    config = api_client.configuration
    base = config.host.rstrip("/")
    if base.endswith("/v2/api"):
        base = base[:-len("/v2/api")]
    headers = dict(api_client.default_headers)
    headers.update({"Accept": "application/json", "Content-Type": "application/json"})
    if api_client.cookie:
        headers["Cookie"] = api_client.cookie
    for setting in config.auth_settings().values():
        headers[setting["key"]] = setting["value"]
    payload = json.dumps({"query": _AUTHN_QUERY, "variables": {}}).encode("utf-8")
    # A query: safe to send again after a transient failure, like the REST reads.
    response = api_client.rest_client.request("POST", base + "/api", headers=headers, body=payload, _reads=True)
    if response.status != 200:
        logger.debug("No AUTHN strategies at %s/api (%s): plain LDAP login", base, response.status)
        return None
    try:
        strategies = json.loads(response.data.decode("utf-8"))["data"]["authnStrategies"]
        return next((s["id"] for s in strategies if s.get("type") == "LDAP"), None)
    except (ValueError, KeyError, TypeError, AttributeError):
        logger.debug("Unexpected answer to the AUTHN query at %s/api: plain LDAP login", base)
        return None


__all__ = ["login", "forget_login", "ldap_authn_strategy"]
