# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DisassociateSystemServiceFromObsServiceParams(Model):
    _declared = """
system_service_id str RS
system_service_type ObservabilityConnectedSystemServiceType S
"""
