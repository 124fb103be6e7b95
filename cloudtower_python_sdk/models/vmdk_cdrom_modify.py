# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmdkCdromModify(Model):
    __slots__ = ()
    _declared = """
boot int
content_library_image_id str
elf_image_id str
index int R
removed bool
"""
