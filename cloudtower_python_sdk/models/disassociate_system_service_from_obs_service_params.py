# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DisassociateSystemServiceFromObsServiceParams(Model):
    """The DisassociateSystemServiceFromObsServiceParams object of the CloudTower API.

    Fields: see docs/models/DisassociateSystemServiceFromObsServiceParams.md.
    """
    __slots__ = ()
    system_service_id = F('system_service_id', 'str', F.REQUIRED)
    system_service_type = F('system_service_type', 'ObservabilityConnectedSystemServiceType')
