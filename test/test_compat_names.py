# coding: utf-8
"""Every public name of SDK 1.9.0 (the SDK of the 1.9.0 usage guide) and of the peer SDK (2.20.0) resolves.

The lists (``test/data/sdk-*-names.json``) are facts about both SDKs: Api classes -> method -> HTTP path,
enums -> constant -> value, models -> attribute -> type.  A 1.9.0 name whose
endpoint or value no longer exists in 4.6.0 is not expected to resolve.
"""
import io
import json
import os
import sys
import warnings

import pytest

import cloudtower_python_sdk
from cloudtower_python_sdk import api, models
from helpers import DATA


def load(version):
    path = os.path.join(DATA, "sdk-%s-names.json" % version)
    with io.open(path, encoding="utf-8") as f:
        return json.load(f)


def endpoints():
    """{"POST /get-vms": (Api class, Operation)} of this SDK."""
    out = {}
    for name in api.__all__:
        cls = getattr(api, name)
        for op in cls.operations().values():
            out["%s %s" % (op.http_method, op.path)] = (cls, op)
    return out


def unresolved(names, current_endpoints, check_attributes=True):
    """What of ``names`` does not resolve, as readable lines."""
    problems = []
    for cls_name, methods in sorted(names["apis"].items()):
        cls = getattr(api, cls_name, None)
        for method, endpoint in sorted(methods.items()):
            if endpoint not in current_endpoints:
                continue  # the endpoint is gone from 4.6.0
            bound = getattr(cls(_client()), method, None) if cls is not None else None
            if bound is None:
                problems.append("api %s.%s (%s)" % (cls_name, method, endpoint))
                continue
            op = bound.op
            if "%s %s" % (op.http_method, op.path) != endpoint:
                problems.append("api %s.%s goes to %s %s, not %s"
                                % (cls_name, method, op.http_method, op.path, endpoint))
            if getattr(cls(_client()), method + "_with_http_info", None) is None:
                problems.append("api %s.%s_with_http_info" % (cls_name, method))
    for enum_name, constants in sorted(names["enums"].items()):
        enum = getattr(models, enum_name, None)
        current_values = set(getattr(enum, "allowable_values", ()))
        for const, value in sorted(constants.items()):
            if value not in current_values:
                continue  # the value is gone from 4.6.0
            if getattr(enum, const, None) != value:
                problems.append("enum %s.%s == %r" % (enum_name, const, value))
    for model_name, attributes in sorted(names["models"].items()):
        model = getattr(models, model_name, None)
        if model is None:
            problems.append("model %s" % model_name)
            continue
        for attribute in (attributes if check_attributes else ()):
            if not hasattr(model, attribute):
                problems.append("model %s.%s" % (model_name, attribute))
    return problems


_CLIENT = []


def _client():
    if not _CLIENT:
        from helpers import offline_client
        _CLIENT.append(offline_client())
    return _CLIENT[0]


def test_peer_sdk_2_20_names_all_resolve():
    names = load("2.20.0")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        problems = unresolved(names, endpoints())
    assert not problems, "%d names of cloudtower-sdk 2.20.0 do not resolve:\n%s" % (len(problems),
                                                                                 "\n".join(problems[:50]))
    assert len(names["apis"]) == 124 and len(names["enums"]) == 281 and len(names["models"]) == 1624


def test_sdk_1_9_0_names_resolve_where_the_endpoint_still_exists():
    names = load("1.9.0")
    current = endpoints()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        # Fields removed from the 4.6.0 schemas cannot exist; the models and their renames must.
        problems = unresolved(names, current, check_attributes=False)
    # Models of endpoints that are gone (backup licenses, migrate transmitters) cannot exist.
    gone = ("BackupLicense", "BackupPackage", "MigrateTransmitter", "GetBackupLicenses", "GetBackupPackages",
            "GetMigrateTransmitters", "NestedAggregateBackup", "NestedAggregateMigrate", "NestedBackupPackage",
            "NestedUploadTask")
    problems = [p for p in problems if not any(p.startswith("model " + g) for g in gone)]
    assert not problems, "%d names of SDK 1.9.0 do not resolve:\n%s" % (len(problems), "\n".join(problems[:50]))


def _forget_warnings():
    # Python 2 remembers warnings that were ignored once and never shows them again.
    import sys
    for module in list(sys.modules.values()):
        registry = getattr(module, "__warningregistry__", None)
        if registry:
            registry.clear()


def test_renamed_names_warn_and_name_the_new_one():
    _forget_warnings()
    client = _client()
    vm_api = api.VmApi(client)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert vm_api.mig_rate_vm.op.path == "/migrate-vm"
        assert vm_api.force_shut_down_vm.op.path == "/poweroff-vm"
        assert api.IscsiApi(client).get_iscsi_connections_connection.op.path == "/get-iscsi-connections-connection"
        assert api.DefaultApi(client).create_log_collection.op.path == "/create-log-collection"
        assert models.VmVolumeElfStoragePolicyType._2_THIN_PROVISION == "REPLICA_2_THIN_PROVISION"
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert any("use VmApi.migrate_vm" in m for m in messages)
    assert any("use VmApi.poweroff_vm" in m for m in messages)
    assert any("REPLICA_2_THIN_PROVISION" in m for m in messages)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from cloudtower_python_sdk.models import VmCreateVmFromTemplateParamsDiskOperateModifyDisks as Old
    assert Old is models.DiskOperateModifyDisk
    assert any("DiskOperateModifyDisk" in str(w.message) for w in caught)


def test_unknown_names_fail_with_a_suggestion():
    with pytest.raises(AttributeError) as info:
        models.VmStatuss
    assert "VmStatus" in str(info.value)
    with pytest.raises(AttributeError) as info:
        api.VmApi(_client()).get_vm
    assert "get_vms" in str(info.value)
    with pytest.raises(AttributeError) as info:
        models.VmStatus.RUNING
    assert "RUNNING" in str(info.value)


def test_top_level_names():
    assert cloudtower_python_sdk.VmApi is api.VmApi
    assert cloudtower_python_sdk.Vm is models.Vm
    assert cloudtower_python_sdk.__api_version__ == "4.6.0"


def _deprecations_of(code):
    """Run ``code`` in a fresh interpreter; the DeprecationWarning lines it printed (it must succeed)."""
    import subprocess
    from helpers import ROOT
    proc = subprocess.Popen([sys.executable, "-W", "default::DeprecationWarning", "-c", code], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = proc.communicate()[1].decode("utf-8", "replace")
    assert proc.returncode == 0, err
    return [line for line in err.splitlines() if "DeprecationWarning" in line]


def _at_the_scripts_line(warning, line):
    return warning.split(": DeprecationWarning")[0] in ("<string>:%d" % line, "-c:%d" % line)


def test_an_old_name_imported_warns_once_at_the_users_line():
    shown = _deprecations_of("from cloudtower_python_sdk.models import "
                             "VmCreateVmFromTemplateParamsDiskOperateModifyDisks")
    assert len(shown) == 1 and _at_the_scripts_line(shown[0], 1), shown  # the script's line, not the SDK's
    assert "use DiskOperateModifyDisk" in shown[0]


@pytest.mark.skipif(sys.version_info < (3, 7), reason="a module's __getattr__ (PEP 562) needs Python 3.7")
def test_an_api_class_imported_from_another_api_module_is_found_and_warns():
    # The peer SDK's README imports AlertApi from cloudtower.api.user_api, where that SDK has no such name.
    script = compile("from cloudtower.api.user_api import AlertApi, UserApi\n", "script.py", "exec")
    namespace = {}
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        exec(script, namespace)
    assert namespace["AlertApi"] is api.AlertApi and namespace["UserApi"] is api.UserApi
    assert [(w.category, w.filename, w.lineno) for w in shown] == [(DeprecationWarning, "script.py", 1)]
    assert "AlertApi is not in api.user_api but in api.alert_api" in str(shown[0].message)
    with pytest.raises(ImportError):
        from cloudtower_python_sdk.api.user_api import NoSuchApi  # noqa: F401
    from cloudtower_python_sdk.api import user_api
    assert not hasattr(user_api, "Vm") and not hasattr(user_api, "__path__")


def _module_name(class_name):
    """The peer's module of a class: ``VmWhereInput`` -> ``vm_where_input``, ``VmApi`` -> ``vm_api``."""
    import re
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", class_name)).lower()


def test_peer_sdk_import_paths_give_the_same_classes():
    # A script for the peer imports ``cloudtower.api.vm_api.VmApi``, ``cloudtower.models.vm.Vm``...
    import importlib
    import cloudtower
    names = load("2.20.0")
    problems = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for kind, namespace, classes in (("api", api, names["apis"]),
                                         ("models", models, list(names["models"]) + list(names["enums"]))):
            for cls_name in sorted(classes):
                path = "cloudtower.%s.%s" % (kind, _module_name(cls_name))
                try:
                    found = getattr(importlib.import_module(path), cls_name)
                except (ImportError, AttributeError) as e:
                    problems.append("%s.%s: %s" % (path, cls_name, e))
                    continue
                if found is not getattr(namespace, cls_name) or found is not getattr(cloudtower, cls_name):
                    problems.append("%s.%s is another class" % (path, cls_name))
    assert not problems, "%d peer import paths fail:\n%s" % (len(problems), "\n".join(problems[:50]))
