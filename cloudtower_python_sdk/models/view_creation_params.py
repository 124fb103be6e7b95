# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ViewCreationParams(Model):
    _declared = """
cluster_id str RS
name str RS
time_span int RS
time_unit TimeUnit RS
"""
