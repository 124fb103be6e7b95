# coding: utf-8
"""用完后关闭 ApiClient：停止它的线程池、释放连接。"""
from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

from _connect import tower

host, username, password = tower()

client = ApiClient(Configuration(host=host))
login(client, username, password)
print("%d VMs" % len(VmApi(client).get_vms({})))
client.close()

# 或者用 with：离开代码块时自动 close()
with ApiClient(Configuration(host=host)) as client:
    login(client, username, password)
    print("%d running" % len(VmApi(client).get_vms({"where": {"status": "RUNNING"}})))
