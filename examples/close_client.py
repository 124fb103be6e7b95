# coding: utf-8
"""关闭 ApiClient：close()，或者把它用在 with 语句里。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

host = os.environ["CLOUDTOWER_ENDPOINT"]
username, password = os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"]

client = ApiClient(Configuration(host=host))
login(client, username, password)
print("%d VMs" % len(VmApi(client).get_vms({})))
client.close()

# 或者用 with：离开代码块时自动 close()
with ApiClient(Configuration(host=host)) as client:
    login(client, username, password)
    print("%d running" % len(VmApi(client).get_vms({"where": {"status": "RUNNING"}})))
