# coding: utf-8
"""逐页读完一个列表：paginate 按游标（first + after）翻页，内存里只有一页。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import client_from_env, paginate

api_client = client_from_env()
vm_api = VmApi(api_client)
names = []
for vm in paginate(vm_api.get_vms, {"where": {"in_recycle_bin": False}, "orderBy": "name_ASC"}, page_size=50):
    names.append(vm.name)
print("%d VMs, from %s to %s" % (len(names), names[0], names[-1]))
api_client.close()
