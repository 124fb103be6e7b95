# coding: utf-8
"""获取所有虚拟机。"""
from cloudtower_python_sdk.api import VmApi

from _connect import connect

api_client = connect()
vm_api = VmApi(api_client)

vms = vm_api.get_vms({})

print("%d VMs" % len(vms))
for vm in vms[:5]:
    print("%-16s %-10s %s" % (vm.name, vm.status, vm.cluster.name if vm.cluster else "-"))
api_client.close()
