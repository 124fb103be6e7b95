# A script written for the peer SDK (cloudtower-sdk 2.20.0, ``import cloudtower``): typed through the same
# stubs, by the peer's import paths (``cloudtower/**.pyi``).  test/test_typing.py: no error from either checker.
from typing_extensions import assert_type

from cloudtower import ApiClient
from cloudtower.api.vm_api import VmApi
from cloudtower.configuration import Configuration
from cloudtower.models import Vm, VmStatus
from cloudtower.models.vm_where_input import VmWhereInput
from cloudtower.rest import ApiException
from cloudtower.utils import wait_tasks

client = ApiClient(Configuration(host="https://tower.example.com/v2/api"))
vms = VmApi(client).get_vms({"where": VmWhereInput(status=VmStatus.RUNNING), "first": 10})
assert_type(vms, list[Vm])
assert_type(vms[0].vcpu, int)
assert_type(vms[0].name, str)
try:
    wait_tasks([], client)
except ApiException as e:
    print(e.status, e.reason)
