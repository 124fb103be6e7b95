# coding: utf-8
"""Python SDK for SmartX CloudTower (API 4.6.0).

Quick start::

    from cloudtower_python_sdk import ApiClient, Configuration, VmApi
    from cloudtower_python_sdk.utils import login

    client = ApiClient(Configuration(host="https://tower.example.com/v2/api"))
    login(client, "root", "password")
    for vm in VmApi(client).get_vms({"first": 10}):
        print(vm.name, vm.status)

Every Api class (``VmApi``…) and every model and enum (``Vm``, ``VmStatus``…)
can be imported from here too; each is loaded on first use.
"""
from __future__ import absolute_import

from ._version import __version__
from .api_client import ApiClient
from .configuration import Configuration
from .exceptions import (ApiAttributeError, ApiConnectionError, ApiException, ApiKeyError,
                         ApiResponseTooLargeError, ApiTimeoutError, ApiTLSError, ApiTypeError, ApiValueError,
                         BadRequestException, ForbiddenException, NotFoundException, OpenApiException,
                         ServiceException, TaskFailedError, TaskTimeoutError, UnauthorizedException)
from ._lazy import make_lazy as _make_lazy, resolve as _resolve
from . import _aliases
from .api import __api_version__

_aliases.register()  # old names of 1.9.0 and of the peer SDK resolve, with a DeprecationWarning

__all__ = ["ApiClient", "Configuration", "ApiException", "ApiTypeError", "ApiValueError", "ApiKeyError",
           "ApiAttributeError", "OpenApiException", "BadRequestException", "UnauthorizedException",
           "ForbiddenException", "NotFoundException", "ServiceException", "ApiConnectionError", "ApiTimeoutError",
           "ApiTLSError", "ApiResponseTooLargeError", "TaskFailedError", "TaskTimeoutError", "__version__",
           "__api_version__"]


TYPE_CHECKING = False  # True for type checkers, which then see every name resolved below
if TYPE_CHECKING:
    from . import api, models
    from .api import *  # noqa: F401,F403
    from .models import *  # noqa: F401,F403
    __all__ += api.__all__  # the names a typed package exports
    __all__ += models.__all__


def _resolve_top_level(name):
    # Only class names: a lower-case name is a submodule, which _lazy imports before asking this.
    if not name[:1].isupper():
        return None
    return _resolve(__name__ + ".api", name) or _resolve(__name__ + ".models", name)


_make_lazy(__name__, {}, fallback=_resolve_top_level)  # last: Python 2 swaps the module here
