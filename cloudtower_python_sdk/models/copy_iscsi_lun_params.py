# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CopyIscsiLunParams(Model):
    _declared = """
dest_iscsi_target_id str S
name str RS
src_lun_id str RS
"""
