# coding: utf-8
"""在自己的 pytest 测试里使用模拟器。

安装 SDK 后，pytest 自动得到 cloudtower_simulator（每个测试一个新的模拟器）和
cloudtower_client（已登录它的 ApiClient）两个 fixture。运行：

    python -m pytest examples/test_with_simulator.py
"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks


def test_suspend_a_running_vm(cloudtower_client, cloudtower_simulator):
    vm_api = VmApi(cloudtower_client)
    vm = vm_api.get_vms({"where": {"status": "RUNNING"}, "first": 1})[0]
    with_task_vms = vm_api.suspend_vm({"where": {"id": vm.id}})
    wait_tasks([w.task_id for w in with_task_vms], cloudtower_client, interval=0.05)
    assert vm_api.get_vms({"where": {"id": vm.id}})[0].status == "SUSPENDED"
    # 也可以直接读模拟器里的数据来断言
    assert cloudtower_simulator.world.get("Vm", vm.id)["status"] == "SUSPENDED"
