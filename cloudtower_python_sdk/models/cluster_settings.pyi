# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.
from . import ClusterSettings as ClusterSettings
