# coding: utf-8
"""Alerts (the worked example of "Adding a behaviour" in the simulator's README)."""
from ..errors import TaskFailure
from .common import find, with_task
from .registry import handles


@handles("resolve_alert")
def resolve_alert(call):
    """Each alert the where matches ends when its task does."""
    out = []
    for alert in find(call.engine, "Alert", call.body["where"]):
        def effect(alert_id=alert["id"]):
            current = call.store.get("Alert", alert_id)
            if current is None:
                raise TaskFailure("Alert %s no longer exists" % alert_id, "EResourceNotFound")
            call.store.update("Alert", alert_id, {"ended": True, "local_end_time": call.engine.now_iso()})
        task = call.task("Resolve alert %s" % alert["id"], effect, resource_type="Alert",
                         resource_id=alert["id"], cluster_id=alert["cluster"], key="alert.resolve")
        out.append(with_task(call.engine, "Alert", alert, task))
    return out
