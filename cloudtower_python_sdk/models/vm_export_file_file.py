# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmExportFileFile(Model):
    __slots__ = ()
    _declared = """
fileName:file_name str R
fileSecret:file_secret str R
fileSize:file_size int R
fileUUID:file_uuid str R
md5 str R
type VmExportFileType R
"""
