# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfSubsystemCreationParamsAllOf(Model):
    _declared = """
cluster_id str RS
name str RS
policy NvmfSubsystemPolicyType RS
replica_num int RS
stripe_num int RS
stripe_size int RS
stripe_size_unit ByteUnit S
thin_provision bool RS
"""
