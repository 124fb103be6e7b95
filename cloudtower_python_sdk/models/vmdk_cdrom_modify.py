# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmdkCdromModify(Model):
    """The VmdkCdromModify object of the CloudTower API.

    Fields: see docs/models/VmdkCdromModify.md.
    """
    __slots__ = ()
    boot = F('boot', 'int')
    content_library_image_id = F('content_library_image_id', 'str')
    elf_image_id = F('elf_image_id', 'str')
    index = F('index', 'int', F.REQUIRED)
    removed = F('removed', 'bool')
