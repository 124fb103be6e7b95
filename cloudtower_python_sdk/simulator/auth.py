# coding: utf-8
"""Who may call: login tokens, passwords, AUTHN strategies (LDAP logins of newer Towers).

Tokens come from :mod:`secrets`, not from the world's seed: two simulators of
the same world hand out different tokens.  Tokens do not expire by time; one
stops working when it is revoked (the ``revoke-token`` fault) or its user is
deleted.

Newer Towers log LDAP users in through an *AUTHN strategy*: a client asks the
GraphQL endpoint ``/api`` for ``{authnStrategies{id type}}`` and logs in with
``source: "AUTHN"`` and the strategy's id as ``auth_config_id``::

    auth = Auth(seed=0)
    auth.graphql({"query": "{authnStrategies{id type}}"})
    # {"data": {"authnStrategies": [{"id": "...", "type": "LDAP"}]}}
"""
import hashlib
import secrets

from . import world
from .errors import HttpError

NO_AUTH = ("/login", "/get-version", "/create-root-user")


def strategy_id(seed, kind):
    """A stable, cuid-like id of the world's AUTHN strategy of ``kind``."""
    return "ck" + hashlib.sha1(("authn-%s-%s" % (kind, seed)).encode("utf-8")).hexdigest()[:23]


class Auth(object):
    def __init__(self, seed=0):
        self.tokens = {}  # token -> user id
        self.passwords = dict(world.PASSWORDS)  # (username, source) -> password
        self.strategies = [{"id": strategy_id(seed, "ldap"), "type": "LDAP"}]

    def issue_token(self, user_id):
        token = secrets.token_hex(16)
        self.tokens[token] = user_id
        return token

    def revoke_token(self, token):
        self.tokens.pop(token, None)

    def revoke_user(self, user_id):
        for token in [t for t, u in self.tokens.items() if u == user_id]:
            del self.tokens[token]

    def authenticate(self, op, token):
        """The user id of ``token``; raises 401 unless ``op`` needs no login."""
        if op.path in NO_AUTH:
            return None
        user = self.tokens.get(token) if token else None
        if user is None:
            raise HttpError(401, "Unauthorized: call login first and send its token in the Authorization header"
                            if not token else "Unauthorized: the token is not valid")
        return user

    def resolve_login(self, body):
        """A login body with ``source: "AUTHN"`` as the source its strategy stands for (LDAP).

        An AUTHN login needs the ``auth_config_id`` of one of the strategies; a wrong one is a
        400, as on Tower (the login fails before any password is checked).
        """
        if not isinstance(body, dict) or body.get("source") != "AUTHN":
            return body
        config_id = body.get("auth_config_id")
        if not config_id:
            raise HttpError(400, "A login with source AUTHN needs auth_config_id: the id of an AUTHN strategy "
                                 "(POST {authnStrategies{id type}} to /api)", props={"path": ["auth_config_id"]})
        strategy = next((s for s in self.strategies if s["id"] == config_id), None)
        if strategy is None:
            raise HttpError(400, "No AUTHN strategy has the id %r (auth_config_id); the strategies are: %s"
                            % (config_id, ", ".join("%s (%s)" % (s["id"], s["type"]) for s in self.strategies)),
                            props={"path": ["auth_config_id"]})
        return dict(body, source=strategy["type"])

    def graphql(self, request):
        """The answer to a GraphQL request; only ``authnStrategies`` is served."""
        query = request.get("query") if isinstance(request, dict) else None
        if not isinstance(query, str) or not query.strip():
            raise HttpError(400, "A GraphQL request is a JSON object with a 'query' string")
        if "authnStrategies" not in query:
            raise HttpError(400, "The simulator's GraphQL endpoint answers only {authnStrategies{id type}}")
        return {"data": {"authnStrategies": [dict(s) for s in self.strategies]}}

    # -- persistence -------------------------------------------------------
    def dump(self):
        return {"passwords": [[u, s, p] for (u, s), p in self.passwords.items()], "tokens": dict(self.tokens)}

    def load(self, data):
        """Take saved passwords and tokens: whole (a snapshot) or as a delta (a journal entry)."""
        if "passwords" in data:
            self.passwords = dict(((u, s), p) for u, s, p in data["passwords"])
        if "tokens" in data:
            self.tokens = dict(data["tokens"] or {})
        self.tokens.update(data.get("tokens_added") or {})
        for token in data.get("tokens_removed") or ():
            self.tokens.pop(token, None)
