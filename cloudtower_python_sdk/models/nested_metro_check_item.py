# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMetroCheckItem(Model):
    __slots__ = ()
    _declared = """
critical list[str] R
info list[str] R
key str R
labels object R
notice list[str] R
status MetroCheckStatusEnum R
"""
