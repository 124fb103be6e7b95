# coding: utf-8
"""创建 ApiClient 与 Api 实例。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi

host = os.environ["CLOUDTOWER_ENDPOINT"]  # 形如 "https://tower.example.com/v2/api"

# Configuration 记录 CloudTower 的地址（以 /v2/api 结尾）、token 等设置
configuration = Configuration(host=host)
client = ApiClient(configuration)

# 每类资源有一个 Api 类，它们可以共用同一个 client
vm_api = VmApi(client)

print("client for %s, %s ready" % (client.configuration.host, type(vm_api).__name__))
client.close()
