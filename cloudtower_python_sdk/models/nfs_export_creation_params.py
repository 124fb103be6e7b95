# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NfsExportCreationParams(Model):
    _declared = """
cluster_id str RS
ip_whitelist str S
name str RS
replica_num int RS
thin_provision bool RS
"""
