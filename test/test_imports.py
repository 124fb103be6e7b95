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


def test_star_import_of_models_gives_every_model():
    namespace = {}
    exec("from cloudtower_python_sdk.models import *", namespace)
    assert "Vm" in namespace and "VmStatus" in namespace and "WithTaskVm" in namespace
    assert len([k for k in namespace if not k.startswith("__")]) == 1624 + 282
