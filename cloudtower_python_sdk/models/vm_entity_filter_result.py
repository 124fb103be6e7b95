# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmEntityFilterResult(Model):
    _declared = """
entityFilter:entity_filter NestedEntityFilter R
id str RS
result list[float] RS
vm NestedVm R
"""
