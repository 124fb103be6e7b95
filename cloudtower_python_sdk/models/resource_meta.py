# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ResourceMeta(Model):
    __slots__ = ()
    _declared = """
__typename:typename str
fields list[str] R
filter object R
name str R
type ReportResourceInputEnum R
"""
