# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GlobalSettings(Model):
    _declared = """
auth NestedAuthSettings N
id str RS
vm_recycle_bin NestedVmRecycleBin R
"""
