# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Application(Model):
    _declared = """
cluster NestedCluster R
error_message str NS
id str RS
image_name str NS
local_id str RS
memory int RS
state ApplicationState RS
storage_ip str RS
type ApplicationType RS
update_time str NS
vcpu int RS
version str RS
vm NestedVm N
volume_size int RS
"""
