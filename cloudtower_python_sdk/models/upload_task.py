# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UploadTask(Model):
    __slots__ = ()
    _declared = """
args object R
chunk_size int R
current_chunk int R
finished_at str N
id str R
resource_type UploadResourceType R
size int R
started_at str N
status UploadTaskStatus R
updatedAt:updated_at str R
"""
