# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AllocatableEcStorageCapacity(Model):
    __slots__ = ()
    _declared = """
capacity float R
k int R
m int R
"""
