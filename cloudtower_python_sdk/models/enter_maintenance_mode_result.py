# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EnterMaintenanceModeResult(Model):
    __slots__ = ()
    _declared = """
done bool R
shutdownVms:shutdown_vms list[ShutdownVmID] R
"""
