# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostBatchCreateDiskInput(Model):
    _declared = """
drive str RS
function DiskFunction NS
size float NS
type DiskType NS
"""
