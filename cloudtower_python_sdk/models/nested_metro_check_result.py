# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMetroCheckResult(Model):
    __slots__ = ()
    _declared = """
critical int R
info int R
items list[NestedMetroCheckItem] R
notice int R
status MetroCheckStatusEnum R
"""
