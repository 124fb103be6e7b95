# coding: utf-8
"""Packages whose names are imported on first use.

``cloudtower_python_sdk.models`` names 1,900 classes, one module each;
importing them all would cost a script most of its start-up time.  A lazy
package knows which module holds which name (a generated index) and imports
that module only when the name is first asked for, on Python 2.7 and 3.x
alike (``from cloudtower_python_sdk.models import Vm`` works unchanged).
"""
from __future__ import absolute_import

import importlib
import sys
import types as _pytypes

from .exceptions import suggest

# Upper layers register what the runtime asks of them, so that no lower module imports an upper one:
# ``_aliases`` registers the fallbacks of the lazy packages (old names) and its lookups for old enum
# constants and Api methods; ``api_client`` registers the factory of the default client.
_hooks = {}


def register(name, function):
    """Register ``function`` under ``name`` (a lazy package's name, or a hook name)."""
    _hooks[name] = function


def hook(name):
    """The function registered under ``name``, or None."""
    return _hooks.get(name)


class _LazyModule(_pytypes.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        value = self._lazy_resolve(name)
        if value is None:
            raise AttributeError("module '%s' has no attribute '%s'%s"
                                 % (self.__name__, name, suggest(name, self.__all__)))
        return value

    def __dir__(self):
        return sorted(set(self.__dict__) | set(self.__all__))




def make_lazy(module_name, index, fallback=None):
    """Make module ``module_name`` resolve the names of ``index`` ({name: submodule}) on demand.

    ``fallback(name)`` is asked for names not in the index (deprecated
    aliases); it returns the object or ``None``.  Without one, the function
    ``register(module_name, ...)`` gave is asked.  Call it last in the module:
    on Python 2 the module is replaced by a copy made here.  ``resolve(name)``
    below is then the module's ``_lazy_resolve``.
    """
    module = sys.modules[module_name]
    submodules = {}  # {"names": ...}: listed on the first name that is not a class; most scripts never ask one

    def resolve(name):
        sub = index.get(name)
        if sub is not None:
            value = getattr(importlib.import_module("%s.%s" % (module_name, sub)), name)
        elif name.endswith("Dict") and name[:-4] in index:
            value = dict  # the stubs' TypedDict of a request body (GetVmsRequestBodyDict) is a dict at run time
        elif name[:1].islower() and _is_submodule(lazy, name, submodules):
            # ``cloudtower.models.nested_cluster.NestedCluster`` after ``import cloudtower``, as the peer SDK's
            # generated tests write it: a submodule is an attribute of its package once asked for.
            value = importlib.import_module("%s.%s" % (module_name, name))
        else:
            # Not cached: a deprecated alias warns at each use.
            ask = fallback or _hooks.get(module_name)
            return ask(name) if ask is not None else None
        setattr(lazy, name, value)
        return value

    if sys.version_info[0] >= 3:
        module.__class__ = _LazyModule
        lazy = module
    else:  # Python 2 cannot change a module's class: replace the module
        lazy = _LazyModule(module_name, module.__doc__)
        lazy.__dict__.update(module.__dict__)
        # Python 2 clears a module's globals when the module object dies, and
        # the functions already defined there still use them: keep it alive.
        lazy._original_module = module
        sys.modules[module_name] = lazy
    lazy._lazy_resolve = lazy.resolve = resolve
    if "__all__" not in lazy.__dict__:
        lazy.__all__ = sorted(index)
    return resolve


def _is_submodule(package, name, cache):
    """Whether ``name`` is a module of ``package``; ``cache`` keeps the names the first call lists."""
    names = cache.get("names")
    if names is None:
        import pkgutil
        names = cache["names"] = frozenset(module for _, module, _ in pkgutil.iter_modules(package.__path__))
    return name in names


def resolve(package, name):
    """The object named ``name`` in lazy package ``package`` (a module name), or None."""
    importlib.import_module(package)
    return sys.modules[package]._lazy_resolve(name)
