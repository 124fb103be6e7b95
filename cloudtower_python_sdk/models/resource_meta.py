# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ResourceMeta(Model):
    _declared = """
__typename:typename str S
fields list[str] RS
filter object RS
name str RS
type ReportResourceInputEnum RS
"""
