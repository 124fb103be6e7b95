# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedInitiatorChap(Model):
    _declared = """
chap_name str RS
chap_secret str RS
initiator_iqn str RS
"""
