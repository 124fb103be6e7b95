# coding: utf-8
"""虚拟机开机，并指定运行它的主机。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import HostApi, VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-start-on-host",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
# 虚拟机所在集群里一台健康的主机
host_id = HostApi(api_client).get_hosts({
    "where": {"cluster": {"id": template.cluster.id}, "status": "CONNECTED_HEALTHY"},
    "first": 1,
})[0].id

with_task_vm = vm_api.start_vm({
    "where": {
        "id": vm_id
    },
    "data": {
        "host_id": host_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

opened_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (opened_vm.name, opened_vm.status))
api_client.close()
