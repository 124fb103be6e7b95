# coding: utf-8
"""登录：把 token 放进 configuration，或者用 utils.login() 一步完成。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import UserApi, VmApi
from cloudtower_python_sdk.models import UserSource
from cloudtower_python_sdk.utils import login

host = os.environ["CLOUDTOWER_ENDPOINT"]  # 形如 "https://tower.example.com/v2/api"
username = os.environ["CLOUDTOWER_USERNAME"]
password = os.environ["CLOUDTOWER_PASSWORD"]
configuration = Configuration(host=host)
client = ApiClient(configuration)

user_api = UserApi(client)
login_res = user_api.login({
    "username": username,
    "password": password,
    "source": UserSource.LOCAL,
})
# 之后经由这个 client 的每个请求都会在 Authorization 头里带上 token
configuration.api_key["Authorization"] = login_res.data.token

vms = VmApi(client).get_vms({"first": 1})

# 上面的三步也可以一行完成：login() 登录并把 token 存进 client.configuration
other_client = ApiClient(Configuration(host=host))
token = login(other_client, username, password)

print("logged in as %s, token %s..., sees %d VM" % (username, login_res.data.token[:8], len(vms)))
client.close()
other_client.close()
