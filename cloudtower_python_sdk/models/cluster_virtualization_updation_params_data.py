# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterVirtualizationUpdationParamsData(Model):
    _declared = """
auto_converge bool S
current_cpu_model str S
"""
