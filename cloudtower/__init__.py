# coding: utf-8
"""``cloudtower``: the import name of the peer SDK (``cloudtower-sdk`` 2.20.0), answered by this SDK.

A script written for the peer runs unchanged::

    from cloudtower import ApiClient, Configuration
    from cloudtower.api.vm_api import VmApi
    from cloudtower.utils import wait_tasks

``cloudtower.<module>`` is the very module ``cloudtower_python_sdk.<module>`` (so
``cloudtower.models.Vm is cloudtower_python_sdk.models.Vm``), and ``cloudtower.X`` is
``cloudtower_python_sdk.X``.  The peer SDK installs a package of this name too: have one of the
two installed, not both.
"""
from __future__ import absolute_import

import importlib
import sys
import types

import cloudtower_python_sdk as _sdk

_REAL = _sdk.__name__


def _real_name(fullname):
    """``cloudtower.api.vm_api`` -> ``cloudtower_python_sdk.api.vm_api``; None for other names."""
    prefix = __name__ + "."
    return _REAL + fullname[len(__name__):] if fullname.startswith(prefix) else None


class _SubmoduleAliases(object):
    """Finds ``cloudtower.<module>`` as the module of ``cloudtower_python_sdk`` of the same name.

    The module itself is returned, never a second copy of it: classes stay the same objects.
    """

    def _import(self, fullname):
        real = _real_name(fullname)
        if real is None:
            return None
        try:
            return importlib.import_module(real)
        except ImportError as e:
            missing = getattr(e, "name", None)  # Python 3; Python 2 says "No module named <last part>"
            if missing is None and str(e) == "No module named " + real.rsplit(".", 1)[-1]:
                missing = real
            if missing != real:
                raise  # the module exists but could not be imported: say why
            return None

    # Python 3.4+
    def find_spec(self, fullname, path=None, target=None):
        module = self._import(fullname)
        if module is None:
            return None
        from importlib.machinery import ModuleSpec
        spec = ModuleSpec(fullname, self, is_package=hasattr(module, "__path__"))
        spec.loader_state = (module, module.__spec__)
        return spec

    def create_module(self, spec):
        return spec.loader_state[0]

    def exec_module(self, module):
        # The import system has just set the module's __spec__ to the alias's: give it back its own.
        module.__spec__ = module.__spec__.loader_state[1]

    # Python 2.7
    def find_module(self, fullname, path=None):
        return self if self._import(fullname) is not None else None

    def load_module(self, fullname):
        module = self._import(fullname)
        sys.modules[fullname] = module
        return module


class _Package(types.ModuleType):
    """``cloudtower`` itself: every name of ``cloudtower_python_sdk``, looked up there when asked."""

    def __getattr__(self, name):  # asked only for names this module has not set itself
        return getattr(_sdk, name)

    def __dir__(self):
        return sorted(set(self.__dict__) | set(dir(_sdk)))


if not any(isinstance(finder, _SubmoduleAliases) for finder in sys.meta_path):
    sys.meta_path.insert(0, _SubmoduleAliases())

_package = _Package(__name__, __doc__)
_package.__dict__.update((k, v) for k, v in globals().items() if k in ("__file__", "__path__", "__spec__",
                                                                        "__loader__", "__package__"))
_package.__all__ = list(_sdk.__all__)
# Python 2 clears a module's globals when the module object dies: the finder above needs them.
_package._defined_in = sys.modules[__name__]
sys.modules[__name__] = _package  # an import of ``cloudtower`` gives this module
