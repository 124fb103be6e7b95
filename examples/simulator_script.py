# coding: utf-8
"""在脚本里使用内置模拟器：不需要 CloudTower，也不需要任何环境变量。

Simulator 在后台线程里、一个空闲的本地端口上启动模拟器，离开 with 代码块时关闭它。
"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.simulator import Simulator
from cloudtower_python_sdk.utils import wait_tasks

with Simulator(seed=0, task_seconds=0.2) as sim:
    # sim.client 是已用 root/root 登录的 ApiClient；sim.url 是模拟器的地址
    print("simulator at %s" % sim.url)
    vm_api = VmApi(sim.client)
    running = vm_api.get_vms({"where": {"status": "RUNNING"}, "first": 2})
    vm_ids = [vm.id for vm in running]
    with_task_vms = vm_api.shut_down_vm({"where": {"id_in": vm_ids}})
    wait_tasks([w.task_id for w in with_task_vms], sim.client, interval=0.1)
    stopped = vm_api.get_vms({"where": {"id_in": vm_ids}})
    for vm in stopped:
        print("%s %s" % (vm.name, vm.status))
