# coding: utf-8
"""Global and per-cluster settings."""
from .common import draft, find
from .registry import handles


@handles("update_global_recycle_bin_setting")
def update_global_recycle_bin(call):
    store = call.store
    settings = store.all("GlobalSettings")[0]
    value = {"enabled": call.body["enabled"], "retain": call.body["retain"]}

    def effect():
        settings["vm_recycle_bin"] = value
    task = call.task("Update the recycle bin setting", effect, resource_type="GlobalSettings",
                     resource_id=settings["id"], key="global_settings.update")
    return {"task_id": task, "data": store.render("GlobalSettings", dict(settings, vm_recycle_bin=value))}


def _cluster_recycle_bin(mode):
    def handler(call):
        engine, store = call.engine, call.store
        out = []
        for c in find(engine, "Cluster", call.body["where"]):
            settings = store.one("Cluster", c, "settings")
            value = (call.body.get("data") or {}) if mode != "delete" else None
            value = {"enabled": value["enabled"], "retain": value["retain"]} if value else None
            exists = settings is not None
            if not exists:
                settings = draft(engine, "ClusterSettings", {"cluster": c["id"]})

            def effect(c=c, value=value, settings=settings, exists=exists):
                rec = settings
                if not exists:
                    rec = store.insert("ClusterSettings", {"id": settings["id"], "cluster": c["id"]})
                rec["vm_recycle_bin"] = value
            task = call.task("%s the recycle bin setting of cluster %s" % (mode.capitalize(), c["name"]), effect,
                             resource_type="ClusterSettings", resource_id=settings["id"], cluster_id=c["id"],
                             key="cluster_settings." + mode)
            if mode == "delete":
                out.append({"task_id": task, "data": {"id": settings["id"]}})
            else:
                out.append({"task_id": task, "data": store.render("ClusterSettings", dict(settings, vm_recycle_bin=value))})
        return out
    return handler


for _mode in ("create", "update", "delete"):
    handles("%s_cluster_recycle_bin_setting" % _mode)(_cluster_recycle_bin(_mode))
