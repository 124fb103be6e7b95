# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConvertVmTemplateToVmParams(Model):
    _declared = """
converted_from_template_id str RS
name str RS
"""
