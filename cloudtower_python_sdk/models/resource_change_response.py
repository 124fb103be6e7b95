# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ResourceChangeResponse(Model):
    _declared = """
compactRevision:compact_revision str RS
currentRevision:current_revision str RS
data list[ResourceChangeEvent] R
ec str RS
error object S
"""
