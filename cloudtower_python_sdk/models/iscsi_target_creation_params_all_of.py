# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiTargetCreationParamsAllOf(Model):
    """The IscsiTargetCreationParamsAllOf object of the CloudTower API.

    Fields: see docs/models/IscsiTargetCreationParamsAllOf.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
    stripe_num = F('stripe_num', 'int', F.REQUIRED)
    stripe_size = F('stripe_size', 'int', F.REQUIRED)
    stripe_size_unit = F('stripe_size_unit', 'ByteUnit')
    thin_provision = F('thin_provision', 'bool', F.REQUIRED)
