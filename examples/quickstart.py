# coding: utf-8
"""快速上手：列出虚拟机，从模板创建一台，看着它的任务完成，再开机。

设置了 CLOUDTOWER_ENDPOINT、CLOUDTOWER_USERNAME、CLOUDTOWER_PASSWORD 时连接那台 CloudTower；
未设置 CLOUDTOWER_ENDPOINT 时，脚本启动内置的 CloudTower 模拟器（Python 3.6+）并登录（root/root）。
"""
import atexit
import os

from cloudtower_python_sdk import ApiClient, Configuration, TaskFailedError
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, progress_bar, wait_task

GiB = 1024 ** 3


def print_vms(vms):
    row = "%-26s %-10s %5s %8s  %-20s %s"
    print(row % ("NAME", "STATUS", "vCPU", "MEMORY", "CLUSTER", "HOST"))
    for vm in vms:
        print(row % (vm.name, vm.status, vm.vcpu, "%dGiB" % (vm.memory // GiB), vm.cluster.name,
                     vm.host.name if vm.host else "-"))


def watch_task(api_client, task_id):
    """Wait for a task, with a progress bar on a terminal (utils.progress_bar); print how it ended."""
    try:
        task = wait_task(task_id, api_client, interval=0.2, on_progress=progress_bar())
    except TaskFailedError as e:
        raise SystemExit("task failed: %s" % e.error_message)
    if task is not None:  # None: a synchronous change, there was no task
        print("  %s  %s" % (task.status, task.description))
    return task


endpoint = os.environ.get("CLOUDTOWER_ENDPOINT")
if endpoint:
    username, password = os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"]
else:
    from cloudtower_python_sdk.simulator import Simulator
    simulator = Simulator(seed=0, vms=120, task_seconds=1).start()
    atexit.register(simulator.stop)
    endpoint, username, password = simulator.url, "root", "root"
    print("CLOUDTOWER_ENDPOINT is not set: using the embedded simulator at %s (root/root)" % endpoint)

api_client = ApiClient(Configuration(host=endpoint))
login(api_client, username, password)
vm_api = VmApi(api_client)

print("\nVMs (first 10 of %d):" % vm_api.get_vms_connection({}).aggregate.count)
print_vms(vm_api.get_vms({"orderBy": "name_ASC", "first": 10}))

template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
print("\nCreating a VM from template %s on cluster %s..." % (template.name, template.cluster.name))
with_task_vm = vm_api.create_vm_from_template([{
    "template_id": template.id,
    "name": "sdk-example-quickstart",
    "is_full_copy": False,
}])[0]
vm_id = with_task_vm.data.id  # the id is final at once; the rest of data is a placeholder until the task ends
watch_task(api_client, with_task_vm.task_id)

print("\nStarting it...")
watch_task(api_client, vm_api.start_vm({"where": {"id": vm_id}})[0].task_id)

vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("")
print_vms([vm])
api_client.close()
