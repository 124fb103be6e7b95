# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCdRomParams(Model):
    _declared = """
boot int RS
content_library_image_id str S
elf_image_id str S
index int S
key int S
"""
