# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ResourceChangeResponse(Model):
    __slots__ = ()
    _declared = """
compactRevision:compact_revision str R
currentRevision:current_revision str R
data list[ResourceChangeEvent] R
ec str R
error object
"""
