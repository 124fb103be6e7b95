# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class RoleCreationParams(Model):
    _declared = """
actions list[ROLEACTION] RS
name str{1,} RS
"""
