# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiConnection(Model):
    __slots__ = ()
    _declared = """
client_port int R
cluster NestedCluster R
host NestedHost R
id str R
initiator_ip str R
iscsi_target NestedIscsiTarget N
nvmf_subsystem NestedNvmfSubsystem N
tr_type StoreTransportType N
type StoreConnectionType R
"""
