# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NfsExportCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
ip_whitelist str
name str R
replica_num int R
thin_provision bool R
"""
