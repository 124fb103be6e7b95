# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfSubsystemCreationParamsAllOf(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
name str R
policy NvmfSubsystemPolicyType R
replica_num int R
stripe_num int R
stripe_size int R
stripe_size_unit ByteUnit
thin_provision bool R
"""
