# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedResourceMeta(Model):
    __slots__ = ()
    _declared = """
fields list[str] R
filter object R
name str R
type ReportResourceInputEnum R
"""
