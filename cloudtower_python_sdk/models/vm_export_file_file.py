# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmExportFileFile(Model):
    """The VmExportFileFile object of the CloudTower API.

    Fields: see docs/models/VmExportFileFile.md.
    """
    __slots__ = ()
    file_name = F('fileName', 'str', F.REQUIRED)
    file_secret = F('fileSecret', 'str', F.REQUIRED)
    file_size = F('fileSize', 'int', F.REQUIRED)
    file_uuid = F('fileUUID', 'str', F.REQUIRED)
    md5 = F('md5', 'str', F.REQUIRED)
    type = F('type', 'VmExportFileType', F.REQUIRED)
