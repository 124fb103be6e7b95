# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TemplateCloudInit(Model):
    _declared = """
default_user_password str S
hostname str S
nameservers list[str] S
networks list[CloudInitNetWork]
public_keys list[str] S
user_data str S
"""
