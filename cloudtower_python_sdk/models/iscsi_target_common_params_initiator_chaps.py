# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiTargetCommonParamsInitiatorChaps(Model):
    __slots__ = ()
    _declared = """
chap_name str R
chap_secret str R
initiator_iqn str R
"""
