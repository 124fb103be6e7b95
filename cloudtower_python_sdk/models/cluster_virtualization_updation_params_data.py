# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterVirtualizationUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
auto_converge bool
current_cpu_model str
"""
