# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmCdRomParams(Model):
    """The VmCdRomParams object of the CloudTower API.

    Fields: see docs/models/VmCdRomParams.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.REQUIRED)
    content_library_image_id = F('content_library_image_id', 'str')
    elf_image_id = F('elf_image_id', 'str')
    index = F('index', 'int')
    key = F('key', 'int')
