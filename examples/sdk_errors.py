# coding: utf-8
"""SDK 在发请求之前检查参数；用错时，错误信息直接指出正确的写法。"""
import os
import warnings

from cloudtower_python_sdk import ApiClient, ApiValueError, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import VmVolumeElfStoragePolicyType
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
vm_id = vm_api.get_vms({"first": 1})[0].id

# 1. 字段名写错：请求不会发出，错误给出字段路径和建议的名字
try:
    vm_api.update_vm_nic({  # type: ignore  # (type checkers catch this one before it runs)
        "where": {"id": vm_id},
        "data": {"nic_index": 0, "enable": False},
    })
except ApiValueError as e:
    print(e)  # Unknown field 'data.enable' of update_vm_nic(): ... (did you mean 'enabled'?)

# 2. 查询和修改都返回列表：把列表当成单个对象时，错误说明该怎么取
vms = vm_api.get_vms({"where": {"id": vm_id}})
try:
    vms.vm_tools_status  # type: ignore  # (type checkers catch this one too)
except AttributeError as e:
    print(e)  # ... read it from one item, e.g. result[0].vm_tools_status ...

# 3. 旧版 SDK 的名字仍然可用，但会发出 DeprecationWarning，说明新的名字
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    policy = VmVolumeElfStoragePolicyType._2_THIN_PROVISION
    migrate = vm_api.mig_rate_vm
for warning in caught:
    print(warning.message)  # ... is deprecated; use VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION
api_client.close()
