# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UploadTask(Model):
    _declared = """
args object RS
chunk_size int RS
current_chunk int RS
finished_at str NS
id str RS
resource_type UploadResourceType RS
size int RS
started_at str NS
status UploadTaskStatus RS
updatedAt:updated_at str RS
"""
