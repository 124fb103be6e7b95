# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Application(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
error_message str N
id str R
image_name str N
local_id str R
memory int R
state ApplicationState R
storage_ip str R
type ApplicationType R
update_time str N
vcpu int R
version str R
vm NestedVm N
volume_size int R
"""
