# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class OvfDisk(Model):
    _declared = """
bus Bus RS
name str RS
size int RS
type VmDiskType RS
"""
