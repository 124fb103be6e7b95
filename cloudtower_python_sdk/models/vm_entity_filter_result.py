# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmEntityFilterResult(Model):
    __slots__ = ()
    _declared = """
entityFilter:entity_filter NestedEntityFilter R
id str R
result list[float] R
vm NestedVm R
"""
