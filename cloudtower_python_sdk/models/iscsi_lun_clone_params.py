# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunCloneParams(Model):
    _declared = """
iscsi_target_id str RS
name str RS
snapshot_id str RS
"""
