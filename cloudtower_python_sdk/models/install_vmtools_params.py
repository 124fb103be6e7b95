# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class InstallVmtoolsParams(Model):
    """The InstallVmtoolsParams object of the CloudTower API.

    Fields: see docs/models/InstallVmtoolsParams.md.
    """
    __slots__ = ()
    data = F('data', 'InstallVmtoolsParamsData')
    where = F('where', 'VmWhereInput', F.REQUIRED)
