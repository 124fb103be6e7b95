# coding: utf-8
"""把虚拟机迁移到指定主机（同一集群内）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import HostApi, VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（RUNNING）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-migrate",
                                           "is_full_copy": False, "status": "RUNNING"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
assert vm.cluster and vm.host  # 运行中的虚拟机一定在某个集群的某台主机上
# 同一集群里另一台健康的主机
target_host_id = HostApi(api_client).get_hosts({
    "where": {"cluster": {"id": vm.cluster.id}, "status": "CONNECTED_HEALTHY", "id_not": vm.host.id},
    "first": 1,
})[0].id

# 1.9.0 版使用指南用的 mig_rate_vm 是旧名：仍可用，但有 DeprecationWarning，请用 migrate_vm
with_task_vm = vm_api.migrate_vm({
    "where": {
        "id": vm_id
    },
    "data": {
        "host_id": target_host_id
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

migrated_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
assert migrated_vm.host
print("%s moved from %s to %s" % (migrated_vm.name, vm.host.name, migrated_vm.host.name))
api_client.close()
