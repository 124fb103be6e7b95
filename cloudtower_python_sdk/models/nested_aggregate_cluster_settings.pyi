# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.
from . import NestedAggregateClusterSettings as NestedAggregateClusterSettings
