# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedMetroAvailabilityChecklist(Model):
    """The NestedMetroAvailabilityChecklist object of the CloudTower API.

    Fields: see docs/models/NestedMetroAvailabilityChecklist.md.
    """
    __slots__ = ()
    primary_zone = F('primaryZone', 'NestedMetroCheckResult', F.REQUIRED)
    primary_zone_and_witness = F('primaryZoneAndWitness', 'NestedMetroCheckResult', F.REQUIRED)
    secondary_zone = F('secondaryZone', 'NestedMetroCheckResult', F.REQUIRED)
    secondary_zone_and_witness = F('secondaryZoneAndWitness', 'NestedMetroCheckResult', F.REQUIRED)
    witness = F('witness', 'NestedMetroCheckResult', F.REQUIRED)
    zone_and_zone = F('zoneAndZone', 'NestedMetroCheckResult', F.REQUIRED)
