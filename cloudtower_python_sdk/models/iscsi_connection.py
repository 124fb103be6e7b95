# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiConnection(Model):
    _declared = """
client_port int RS
cluster NestedCluster R
host NestedHost R
id str RS
initiator_ip str RS
iscsi_target NestedIscsiTarget N
nvmf_subsystem NestedNvmfSubsystem N
tr_type StoreTransportType NS
type StoreConnectionType RS
"""
