# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ResourceChangeEvent(Model):
    _declared = """
action str S
created_at str S
new_value str S
old_value str S
prev_revision str S
resource_id str S
resource_type str S
revision str RS
"""
