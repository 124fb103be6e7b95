# coding: utf-8
"""The import paths of the 1.9.0 usage guide and of the peer SDK, on every Python."""
import subprocess
import sys

from helpers import ROOT

SCRIPT = """
from cloudtower_python_sdk import ApiClient, Configuration, VmApi, ApiException
from cloudtower_python_sdk.configuration import Configuration as C2
from cloudtower_python_sdk.api import VmApi as V2
from cloudtower_python_sdk.api.vm_api import VmApi as V3
from cloudtower_python_sdk.api.user_api import UserApi
from cloudtower_python_sdk.models import Vm, VmStatus, GetVmsRequestBody, VmWhereInput
from cloudtower_python_sdk.models.vm import Vm as Vm2
from cloudtower_python_sdk.utils import wait_tasks, wait_task, login
from cloudtower_python_sdk.exceptions import ApiException as E2, ApiValueError, ApiTypeError
from cloudtower_python_sdk.rest import ApiException as E3, RESTClientObject
from cloudtower_python_sdk.api_client import ApiClient as A2
import cloudtower_python_sdk
assert Configuration is C2 and VmApi is V2 is V3 and Vm is Vm2 and ApiException is E2 is E3 and ApiClient is A2
assert VmStatus.RUNNING == "RUNNING"
assert cloudtower_python_sdk.__api_version__ == "4.6.0" and cloudtower_python_sdk.__version__
import sys
loaded = [m for m in sys.modules if m.startswith("cloudtower_python_sdk.models.")]
assert len(loaded) < 40, loaded  # models are imported when used, not all at once
print("ok")
"""


def test_import_paths_in_a_fresh_interpreter():
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    out = proc.communicate()[0].decode("utf-8", "replace")
    assert proc.returncode == 0 and out.strip().endswith("ok"), out


PEER_SCRIPT = """
from cloudtower import ApiClient
from cloudtower.configuration import Configuration
from cloudtower.api.vm_api import VmApi
from cloudtower.api.user_api import UserApi
from cloudtower.models.vm_where_input import VmWhereInput
from cloudtower.models.user_source import UserSource
from cloudtower.models import GetVmsRequestBody
from cloudtower.utils import wait_tasks
from cloudtower.rest import ApiException
import cloudtower, cloudtower_python_sdk, sys
import cloudtower.models.vm as vm_module
assert VmApi is cloudtower_python_sdk.api.vm_api.VmApi and vm_module is cloudtower_python_sdk.models.vm
assert ApiClient is cloudtower.ApiClient is cloudtower_python_sdk.ApiClient
assert cloudtower.__version__ == cloudtower_python_sdk.__version__ and UserSource.LOCAL == "LOCAL"
try:
    import cloudtower.no_such_module
except ImportError as e:
    assert "no_such_module" in str(e)
else:
    raise AssertionError("cloudtower.no_such_module was imported")
conf = Configuration(host="http://127.0.0.1:1/v2/api")
conf.api_key["Authorization"] = "token"
body = GetVmsRequestBody(where=VmWhereInput(name="a"))
assert VmApi(ApiClient(conf)).get_vms.op.path == "/get-vms" and body.where.name == "a"
# The peer's generated tests reach modules as attributes after ``import cloudtower``.
assert "cloudtower_python_sdk.models.nested_cluster" not in sys.modules
assert cloudtower.models.nested_cluster.NestedCluster(id="0", name="0").name == "0"
assert cloudtower.api.vm_api.VmApi is VmApi and cloudtower.utils.wait_tasks is wait_tasks
for missing in ("cloudtower.models.nested_clustr", "cloudtower.no_such_module"):
    try:
        eval(missing)
    except AttributeError as e:
        assert missing.rpartition(".")[2] in str(e), e
    else:
        raise AssertionError(missing + " was found")
loaded = [m for m in sys.modules if m.startswith("cloudtower_python_sdk.models.")]
assert len(loaded) < 40, loaded
print("ok")
"""


def test_peer_import_paths_in_a_fresh_interpreter():
    # The peer SDK (cloudtower-sdk 2.20.0) imports as ``cloudtower``: its scripts run unchanged.
    proc = subprocess.Popen([sys.executable, "-W", "error::DeprecationWarning", "-c", PEER_SCRIPT], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate()[0].decode("utf-8", "replace")
    assert proc.returncode == 0 and out.strip().endswith("ok"), out


def test_star_import_of_models_gives_every_model():
    namespace = {}
    exec("from cloudtower_python_sdk.models import *", namespace)
    assert "Vm" in namespace and "VmStatus" in namespace and "WithTaskVm" in namespace
    assert len([k for k in namespace if not k.startswith("__")]) == 1624 + 282


def test_the_generator_marks_exactly_the_fields_read_as_sent():
    # Beside the star import, which has imported every model already.  A field marked S must need no
    # conversion (its class attribute lets the instance dict answer), and every other field must need one.
    from cloudtower_python_sdk import models
    checked = 0
    for name in sorted(models.__all__):
        cls = getattr(models, name)
        for field in getattr(cls, "_fields", ()):
            assert field.as_sent == (not field.type.needs_conversion), (name, field.attr, field.type_str)
            checked += 1
    assert checked > 20000
