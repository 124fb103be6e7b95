# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UploadTask(Model):
    """The UploadTask object of the CloudTower API.

    Fields: see docs/models/UploadTask.md.
    """
    __slots__ = ()
    args = F('args', 'object', F.REQUIRED)
    chunk_size = F('chunk_size', 'int', F.REQUIRED)
    current_chunk = F('current_chunk', 'int', F.REQUIRED)
    finished_at = F('finished_at', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    resource_type = F('resource_type', 'UploadResourceType', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    started_at = F('started_at', 'str', F.NULLABLE)
    status = F('status', 'UploadTaskStatus', F.REQUIRED)
    updated_at = F('updatedAt', 'str', F.REQUIRED)
