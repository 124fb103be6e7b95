# coding: utf-8
"""获取所有已开机（运行中）的虚拟机。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import VmStatus
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

running_vms = vm_api.get_vms(
    {
        "where": {
            "status": VmStatus.RUNNING
        }
    },
)

print("%d running: %s" % (len(running_vms), ", ".join(vm.name for vm in running_vms[:5])))
api_client.close()
