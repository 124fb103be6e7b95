# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmExportFileFile(Model):
    _declared = """
fileName:file_name str RS
fileSecret:file_secret str RS
fileSize:file_size int RS
fileUUID:file_uuid str RS
md5 str RS
type VmExportFileType RS
"""
