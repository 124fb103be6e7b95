# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CommonHeader(Model):
    _declared = """
x-tower-request-id:x_tower_request_id str RS
"""
