# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmExportFileWhereUniqueInput(Model):
    """The VmExportFileWhereUniqueInput object of the CloudTower API.

    Fields: see docs/models/VmExportFileWhereUniqueInput.md.
    """
    __slots__ = ()
    data_port_id = F('data_port_id', 'str', F.NULLABLE)
    id = F('id', 'str', F.NULLABLE)
