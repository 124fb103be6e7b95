# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMetroAvailabilityChecklist(Model):
    _declared = """
primaryZone:primary_zone NestedMetroCheckResult R
primaryZoneAndWitness:primary_zone_and_witness NestedMetroCheckResult R
secondaryZone:secondary_zone NestedMetroCheckResult R
secondaryZoneAndWitness:secondary_zone_and_witness NestedMetroCheckResult R
witness NestedMetroCheckResult R
zoneAndZone:zone_and_zone NestedMetroCheckResult R
"""
