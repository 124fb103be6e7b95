# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CommonHeader(Model):
    __slots__ = ()
    _declared = """
x-tower-request-id:x_tower_request_id str R
"""
