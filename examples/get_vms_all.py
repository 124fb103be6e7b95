# coding: utf-8
"""获取所有虚拟机。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

vms = vm_api.get_vms({})

print("%d VMs" % len(vms))
for vm in vms[:5]:
    print("%-16s %-10s %s" % (vm.name, vm.status, vm.cluster.name if vm.cluster else "-"))
api_client.close()
