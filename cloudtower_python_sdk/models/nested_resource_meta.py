# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedResourceMeta(Model):
    __slots__ = ()
    _declared = """
fields list[str] R
filter object R
name str R
type ReportResourceInputEnum R
"""
