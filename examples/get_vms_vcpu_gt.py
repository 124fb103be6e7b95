# coding: utf-8
"""获取 vCPU 数大于 n 的虚拟机（_gt 大于，_gte 大于等于，_lt、_lte 同理）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

vms_has_4_more_vcpu = vm_api.get_vms(
    {
        "where": {
            "vcpu_gt": 4
        }
    },
)

print("%d VMs with more than 4 vCPU" % len(vms_has_4_more_vcpu))
api_client.close()
