# coding: utf-8
"""超时、重试与错误：每个调用都有期限；只读调用遇到暂时的故障自动重发，修改只在确定没有发出时重发。"""
import os

from cloudtower_python_sdk import ApiClient, ApiConnectionError, ApiException, ApiTimeoutError, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

configuration = Configuration(
    host=os.environ["CLOUDTOWER_ENDPOINT"],
    connect_timeout=5,  # 建立连接最多等 5 秒（默认 10）
    read_timeout=30,    # CloudTower 30 秒没有应答就放弃（默认 60）；整个调用（含重试）不超过 5 + 30 秒
    max_retries=2,      # 只读调用最多重发 2 次（默认 4；0 关闭重试）
)
api_client = ApiClient(configuration)
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

try:
    # 一个数字是这一次调用的期限：慢慢传来的应答、重试前的等待都算在内
    vms = vm_api.get_vms({"first": 3}, _request_timeout=20)
    print("%d VMs" % len(vms))
except ApiTimeoutError as e:
    print("CloudTower did not answer in time: %s" % e)
except ApiConnectionError as e:
    # e.sent 为 False：请求肯定没有到达 CloudTower（连接被拒、域名解析失败、连接超时）
    print("no answer (sent: %s): %s" % (e.sent, e))
except ApiException as e:
    print("error %s: %s" % (e.status, e.message))
api_client.close()
