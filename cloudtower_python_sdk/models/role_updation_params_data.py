# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class RoleUpdationParamsData(Model):
    _declared = """
actions list[ROLEACTION] S
name str{1,} S
"""
