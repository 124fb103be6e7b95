# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AddLabelsToResourcesParams(Model):
    _declared = """
data AddLabelsToResourcesParamsData R
where LabelWhereInput R
"""
