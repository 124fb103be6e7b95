# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ResourceChangeEvent(Model):
    __slots__ = ()
    _declared = """
action str
created_at str
new_value str
old_value str
prev_revision str
resource_id str
resource_type str
revision str R
"""
