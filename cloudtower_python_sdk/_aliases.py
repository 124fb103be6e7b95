# coding: utf-8
"""Names of older SDKs that still work, with a DeprecationWarning naming the new one.

This is the only list of them.  Each entry maps a name that scripts written
for SDK 1.9.0 (the SDK of the 1.9.0 usage guide) or for the peer SDK use to
the 4.6.0 name that does the same thing (the endpoint, the model shape or
the enum value is the same; only the name changed).  Names whose endpoint or value is gone from 4.6.0 are not
here: they cannot work against a 4.6.0 Tower.

``test/test_compat_names.py`` checks that every name of
``test/data/sdk-1.9.0-names.json`` and ``sdk-2.20.0-names.json`` that
still has an endpoint resolves.
"""
from __future__ import absolute_import

import os
import sys
import warnings

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

# (old Api class, old method) -> (new Api class, new method)
METHODS = {
    ("VmApi", "mig_rate_vm"): ("VmApi", "migrate_vm"),
    ("VmApi", "force_shut_down_vm"): ("VmApi", "poweroff_vm"),
    ("IscsiApi", "get_iscsi_connections_connection"): ("IscsiConnectionApi", "get_iscsi_connections_connection"),
    ("DefaultApi", "create_log_collection"): ("LogCollectionApi", "create_log_collection"),
    ("DefaultApi", "delete_log_collection"): ("LogCollectionApi", "delete_log_collection"),
    ("DefaultApi", "force_stop_log_collection"): ("LogCollectionApi", "force_stop_log_collection"),
    ("DefaultApi", "create_nvmf_subsystem"): ("NvmfSubsystemApi", "create_nvmf_subsystem"),
    ("DefaultApi", "delete_nvmf_subsystem"): ("NvmfSubsystemApi", "delete_nvmf_subsystem"),
    ("DefaultApi", "update_nvmf_subsystem"): ("NvmfSubsystemApi", "update_nvmf_subsystem"),
    ("DefaultApi", "update_alert_notifier"): ("AlertNotifierApi", "update_alert_notifier"),
}

# old model or enum -> new model or enum
MODELS = {
    "VmCreateVmFromTemplateParamsDiskOperate": "VmDiskOperate",
    "VmCreateVmFromTemplateParamsDiskOperateModifyDisks": "DiskOperateModifyDisk",
    "VmCreateVmFromTemplateParamsDiskOperateRemoveDisks": "VmDiskOperateRemoveDisks",
    "VmCreateVmFromTemplateParamsCloudInit": "TemplateCloudInit",
    "VmCreateVmFromTemplateParamsCloudInitNetworks": "CloudInitNetWork",
    "VmCreateVmFromTemplateParamsCloudInitRoutes": "CloudInitNetWorkRoute",
    "ReportTemplateCreationParamsExecutePlan": "ExecutePlan",
    "ReportTemplateCreationParamsResourceMeta": "ResourceMeta",
    "SnapshotGroupCloneParamsClone": "SnapshotGroupCloneParam",
    "WithTaskTokenString": "WithTaskLoginResponse",
    "WithTaskTokenStringData": "LoginResponse",
    "MaybeDiskFunction": "DiskFunction",
    "MaybeDiskType": "DiskType",
}

# (enum, old constant) -> new constant
ENUM_CONSTANTS = {
    ("VmVolumeElfStoragePolicyType", "_1_THICK_PROVISION"): "REPLICA_1_THICK_PROVISION",
    ("VmVolumeElfStoragePolicyType", "_1_THIN_PROVISION"): "REPLICA_1_THIN_PROVISION",
    ("VmVolumeElfStoragePolicyType", "_2_THICK_PROVISION"): "REPLICA_2_THICK_PROVISION",
    ("VmVolumeElfStoragePolicyType", "_2_THIN_PROVISION"): "REPLICA_2_THIN_PROVISION",
    ("VmVolumeElfStoragePolicyType", "_3_THICK_PROVISION"): "REPLICA_3_THICK_PROVISION",
    ("VmVolumeElfStoragePolicyType", "_3_THIN_PROVISION"): "REPLICA_3_THIN_PROVISION",
    ("VmEntityFilterResultOrderByInput", "ID_ASC"): "ASC",
    ("VmEntityFilterResultOrderByInput", "ID_DESC"): "DESC",
}

_retired_classes = {}


def warn_renamed(old, new):
    level = _caller_level()
    if level is not None:
        warnings.warn("%s is deprecated; use %s" % (old, new), DeprecationWarning, stacklevel=level)


def _caller_level():
    """The stack level of the user's line, past this package; None inside the import machinery.

    Python shows a DeprecationWarning by default only when it is attributed
    to the script itself, so the warning must point there.  ``from models
    import OldName`` looks the name up twice, once from importlib (``hasattr``)
    and once from the script: only the second one warns.
    """
    frame = sys._getframe(2)
    level = 2
    while frame is not None:
        filename = frame.f_code.co_filename
        if "importlib" in filename:
            return None
        if not os.path.abspath(filename).startswith(_PACKAGE_DIR):
            return level
        frame = frame.f_back
        level += 1
    return None


def api_method(class_name, name):
    """``(new Api class, new method)`` for an old method name (warns), or None."""
    suffix = ""
    if name.endswith("_with_http_info"):
        name, suffix = name[:-len("_with_http_info")], "_with_http_info"
    target = METHODS.get((class_name, name))
    if target is None:
        return None
    warn_renamed("%s.%s" % (class_name, name + suffix), "%s.%s" % (target[0], target[1] + suffix))
    from . import api
    return getattr(api, target[0]), target[1] + suffix


def api_class(name):
    """An Api class that no longer exists (``DefaultApi``, ``IscsiApi``): its old methods still work."""
    if not any(old_class == name for old_class, _ in METHODS):
        return None
    cls = _retired_classes.get(name)
    if cls is None:
        from .api_base import Api
        cls = _retired_classes[name] = type(name, (Api,), {"__doc__": "Deprecated: the methods moved; see warnings."})
    return cls


def model(name):
    """The model or enum an old model name stands for (warns), or None."""
    new = MODELS.get(name)
    if new is None:
        return None
    warn_renamed(name, new)
    from . import models
    return getattr(models, new)


def enum_constant(enum_cls, name):
    """The value of an old enum constant name (warns), or None."""
    new = ENUM_CONSTANTS.get((enum_cls.__name__, name))
    if new is None:
        return None
    warn_renamed("%s.%s" % (enum_cls.__name__, name), "%s.%s" % (enum_cls.__name__, new))
    return getattr(enum_cls, new)


def register():
    """Make the runtime ask this module for the names it does not have (called by the package)."""
    from . import _lazy
    _lazy.register("cloudtower_python_sdk.api", api_class)
    _lazy.register("cloudtower_python_sdk.models", model)
    _lazy.register("api_method", api_method)
    _lazy.register("enum_constant", enum_constant)
