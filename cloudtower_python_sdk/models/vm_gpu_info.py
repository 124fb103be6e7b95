# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmGpuInfo(Model):
    __slots__ = ()
    _declared = """
gpu_devices list[VmGpuDetail] R
id str R
local_id str R
name str R
"""
