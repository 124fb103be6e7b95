# coding: utf-8
"""One operation mechanism for all 554 CloudTower operations.

A generated Api class only declares its operations::

    class VmApi(Api):
        get_vms = Op("get_vms", "POST", "/get-vms",
                     body=("get_vms_request_body", "GetVmsRequestBody", True), returns="list[Vm]")
        get_vms_with_http_info = get_vms.with_http_info

and :class:`Operation` does the rest: binds the arguments, checks and
serializes the body before any I/O, and hands the request to the
:class:`~cloudtower_python_sdk.api_client.ApiClient`.

Per-call keyword arguments (all optional): ``content_language`` ("zh-CN" or
"en-US"), ``async_req``, ``_request_timeout``, ``_preload_content``,
``_return_http_data_only``, ``_headers``.

Example::

    vms = VmApi(client).get_vms({"where": {"status": "RUNNING"}, "first": 10},
                                content_language="zh-CN")
"""
from __future__ import absolute_import

import warnings

import six

from . import _lazy, types
from .exceptions import ApiAttributeError, ApiTypeError, ApiValueError

_CALL_OPTIONS = ("async_req", "_return_http_data_only", "_preload_content", "_request_timeout",
                 "_headers", "content_language", "_host_index", "_request_auth", "_check_input_type",
                 "_check_return_type")
CONTENT_LANGUAGES = ("en-US", "zh-CN")
# Taken as True by type checkers, which read the stubs (.pyi); costs no import of typing.
TYPE_CHECKING = False


class Operation(object):
    """One API operation (see the module docstring)."""

    def __init__(self, name, http_method, path, body=None, returns=None, params=(), content_type=None, doc=None):
        self.name = name
        self.doc = doc  # the spec's summary and description, when it has them
        self.http_method = http_method
        self.path = path
        # body: (parameter name, type string, required) of a JSON body.
        self.body_param, self.body_type, self.body_required = body or (None, None, False)
        self.returns = returns
        # params: (name, wire name, type string, required, "query" | "form").
        self.params = tuple(params)
        self.content_type = content_type or ("application/json" if body else None)
        self.with_http_info = _WithHttpInfo(self)

    def __get__(self, api, owner):
        if api is None:
            return self
        return _BoundOperation(self, api, False)

    def __call__(self, api, *args, **kwargs):
        """``VmApi.get_vms(vm_api, body)``: called on the class, like any method."""
        return self.invoke(api, args, kwargs, False)

    def __set_name__(self, owner, name):  # Python 3.6+: the class it is declared on, for help()
        self.__qualname__ = "%s.%s" % (owner.__name__, name)
        self.with_http_info.__qualname__ = "%s.%s_with_http_info" % (owner.__name__, self.name)

    def __repr__(self):
        return "<Operation %s %s %s>" % (self.name, self.http_method, self.path)

    @property
    def __name__(self):
        return self.name

    @property
    def __doc__(self):
        return _describe(self, False)

    @property
    def __signature__(self):
        return _signature(self, False, bound=False)

    @property
    def reads(self):
        """True when the operation only reads (a GET, or a ``/get-...`` query, count or connection):
        safe to send again after a transient failure.  Changes are not (see ``_retry``)."""
        return self.http_method == "GET" or self.path.rsplit("/", 1)[-1].startswith("get-")

    @property
    def arguments(self):
        """The names this operation takes, positional order first."""
        names = [self.body_param] if self.body_param else []
        return names + [p[0] for p in self.params]

    def serialize(self, client, args, kwargs):
        """Bind and check the arguments; returns (body, query, form, headers, options).

        Raises ``ApiTypeError``/``ApiValueError`` naming the bad argument or
        field; nothing has been sent when it does.
        """
        options = {}
        for key in _CALL_OPTIONS:
            if key in kwargs:
                options[key] = kwargs.pop(key)
        names = self.arguments
        if len(args) > len(names):
            raise ApiTypeError("%s() takes %d positional argument%s (%s) but %d were given"
                               % (self.name, len(names), "" if len(names) == 1 else "s", ", ".join(names), len(args)))
        values = dict(zip(names, args))
        for key, value in six.iteritems(kwargs):
            if key not in names:
                if key == "body" and self.body_param and self.body_param not in values:
                    key = self.body_param  # generic name, as some peer versions used
                else:
                    raise ApiTypeError("%s() got an unexpected keyword argument '%s'%s; it takes %s"
                                       % (self.name, key, types.suggest(key, names + list(_CALL_OPTIONS)),
                                          ", ".join(names) or "no arguments"))
            if key in values:
                raise ApiTypeError("%s() got multiple values for argument '%s'" % (self.name, key))
            values[key] = value
        # _check_input_type=False (the peer SDKs' name) skips the checks for one call.
        validate = client.configuration.client_side_validation and options.pop("_check_input_type", True) is not False
        ctx = types.WireContext(validate=validate, what="%s()" % self.name)
        body = None
        if self.body_param:
            raw = values.get(self.body_param)
            if raw is None:
                if self.body_required:
                    raise ApiValueError("Missing the required parameter '%s' when calling %s(); pass a %s "
                                        "(for example a dict) as the first argument"
                                        % (self.body_param, self.name, self.body_type))
            else:
                body = types.parse(self.body_type).to_wire(raw, ctx, [])
        query, form = [], []
        for name, key, type_str, required, location in self.params:
            value = values.get(name)
            if value is None:
                if required:
                    raise ApiValueError("Missing the required parameter '%s' when calling %s()" % (name, self.name))
                continue
            value = types.parse(type_str).to_wire(value, ctx, [name])
            (query if location == "query" else form).append((key, value))
        headers = {}
        language = options.pop("content_language", None)
        if language is not None:
            if validate and language not in CONTENT_LANGUAGES:
                raise ApiValueError("Invalid content_language %r for %s(): use one of %s%s"
                                    % (language, self.name, ", ".join(CONTENT_LANGUAGES),
                                       types.suggest(language, CONTENT_LANGUAGES)))
            headers["content-language"] = language
        return body, query, form, headers, options

    def invoke(self, api, args, kwargs, http_info):
        client = api.api_client
        body, query, form, headers, options = self.serialize(client, args, kwargs)
        if "_return_http_data_only" in options:  # the peer SDKs' switch, on either method
            http_info = not options.pop("_return_http_data_only")
        return client.send_operation(self, body, query, form, headers, http_info=http_info, **options)


class _WithHttpInfo(object):
    """``<method>_with_http_info``: the same call, returning ``(data, status, headers)``."""

    def __init__(self, op):
        self.op = op

    def __get__(self, api, owner):
        if api is None:
            return self
        return _BoundOperation(self.op, api, True)

    def __call__(self, api, *args, **kwargs):
        return self.op.invoke(api, args, kwargs, True)

    @property
    def __name__(self):
        return self.op.name + "_with_http_info"

    @property
    def __doc__(self):
        return _describe(self.op, True)

    @property
    def __signature__(self):
        return _signature(self.op, True, bound=False)


class _BoundOperation(object):
    __slots__ = ("op", "api", "http_info")

    def __init__(self, op, api, http_info):
        self.op = op
        self.api = api
        self.http_info = http_info

    def __call__(self, *args, **kwargs):
        return self.op.invoke(self.api, args, kwargs, self.http_info)

    @property
    def __name__(self):
        return self.op.name + ("_with_http_info" if self.http_info else "")

    def __getattr__(self, name):
        # __qualname__ cannot be a property of a class body; an instance has none, so it lands here.
        if name == "__qualname__":
            return "%s.%s" % (type(self.api).__name__, self.__name__)
        raise AttributeError(name)

    @property
    def __doc__(self):
        return _describe(self.op, self.http_info)

    @property
    def __signature__(self):
        return _signature(self.op, self.http_info, bound=True)

    def __repr__(self):
        return "<bound operation %s.%s>" % (type(self.api).__name__, self.__name__)


def _answer_type(op, http_info):
    answer = op.returns or "None"
    return "(%s, status, headers)" % answer if http_info else answer


def _describe(op, http_info):
    """The text help() shows for an operation: what it does, its arguments, its answer."""
    lines = [op.doc] if op.doc else []
    lines.append("%s %s (CloudTower API)" % (op.http_method, op.path))
    lines.append("")
    if op.body_param:
        lines.append("%s: %s (a dict or a model)%s" % (op.body_param, op.body_type,
                                                         "" if op.body_required else ", optional"))
    for name, _, type_str, required, _ in op.params:
        lines.append("%s: %s%s" % (name, type_str, "" if required else ", optional"))
    lines.append("Per call: async_req, _request_timeout, content_language (%s), _headers..."
                 % "/".join(CONTENT_LANGUAGES))
    lines.append("")
    lines.append("Returns: %s" % _answer_type(op, http_info))
    return "\n".join(lines)


def _signature(op, http_info, bound):
    """``inspect.Signature`` of an operation (Python 3; ``inspect`` is imported only when asked)."""
    import inspect
    P = inspect.Parameter
    params = [] if bound else [P("self", P.POSITIONAL_OR_KEYWORD)]
    if op.body_param:
        params.append(P(op.body_param, P.POSITIONAL_OR_KEYWORD, annotation=op.body_type,
                        **({} if op.body_required else {"default": None})))
    for name, _, type_str, required, _ in op.params:
        params.append(P(name, P.POSITIONAL_OR_KEYWORD, annotation=type_str, **({} if required else {"default": None})))
    params.append(P("async_req", P.KEYWORD_ONLY, default=False, annotation="bool"))
    params.append(P("options", P.VAR_KEYWORD))
    return inspect.Signature(params, return_annotation=_answer_type(op, http_info))


class Api(object):
    """Base of generated Api classes: ``VmApi(api_client=None)``.

    With no client, the default ``ApiClient()`` (default ``Configuration``) is used.
    """

    def __init__(self, api_client=None):
        if api_client is None:
            api_client = _lazy.hook("default_client")()  # registered by api_client
        self.api_client = api_client

    @classmethod
    def operations(cls):
        """Every :class:`Operation` of this class, by name."""
        out = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Operation):
                    out[name] = value
        return out

    if not TYPE_CHECKING:  # type checkers report a misspelled method (old names: in the stubs)
        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            renamed = _lazy.hook("api_method")  # registered by _aliases
            target = renamed(type(self).__name__, name) if renamed is not None else None
            if target is not None:
                new_cls, new_name = target
                api = self if isinstance(self, new_cls) else new_cls(self.api_client)
                return getattr(api, new_name)
            names = [n for n in dir(type(self)) if not n.startswith("_")]
            raise ApiAttributeError("'%s' object has no attribute '%s'%s"
                                    % (type(self).__name__, name, types.suggest(name, names)))


def api_module_getattr(module_name):
    """The ``__getattr__`` of a generated Api module (PEP 562: Python 3.7+).

    Another Api class asked of the module is found, with a
    ``DeprecationWarning`` naming its own module: the peer SDK's README
    imports ``AlertApi`` from ``cloudtower.api.user_api``, where that SDK
    has no such name.  Any other name is an ``AttributeError`` (an
    ``ImportError`` for ``from ... import``), as without this.

    >>> from cloudtower_python_sdk.api.user_api import AlertApi  # warns: AlertApi is in api.alert_api
    """
    short = module_name.rpartition(".api.")[2]

    def __getattr__(name):
        found = None
        if name.endswith("Api") and not name.startswith("_"):
            found = _lazy.resolve("cloudtower_python_sdk.api", name)
        if found is None:
            raise AttributeError("module '%s' has no attribute '%s'" % (module_name, name))
        warnings.warn("%s is not in api.%s but in api.%s: import it from there, or from the api package"
                      % (name, short, found.__module__.rpartition(".")[2]), DeprecationWarning, stacklevel=2)
        return found
    return __getattr__
