# coding: utf-8
"""从模板创建虚拟机：只给模板 id。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, find_template

api_client = connect()
vm_api = VmApi(api_client)
template_id = find_template(api_client).id

with_task_vms = vm_api.create_vm_from_template([
    {
        "template_id": template_id,
        "name": "sdk-example-from-template",
        "is_full_copy": False
    }
])
tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]
vm_ids = [
    with_task_vm.data.id for with_task_vm in with_task_vms]
wait_tasks(tasks, api_client, interval=1)
created_vms = vm_api.get_vms({
    "where": {
        "id_in": vm_ids
    }
})

print("created %s (%s)" % (created_vms[0].name, created_vms[0].status))
api_client.close()
