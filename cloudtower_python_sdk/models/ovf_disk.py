# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class OvfDisk(Model):
    __slots__ = ()
    _declared = """
bus Bus R
name str R
size int R
type VmDiskType R
"""
