# coding: utf-8
"""Global and per-cluster settings."""
from ..errors import HttpError
from .common import draft, find, require, with_task
from .registry import handles


@handles("update_global_recycle_bin_setting")
def update_global_recycle_bin(call):
    store = call.store
    settings = store.all("GlobalSettings")[0]
    value = {"enabled": call.body["enabled"], "retain": call.body["retain"]}

    def effect():
        store.update("GlobalSettings", settings["id"], {"vm_recycle_bin": value})
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
                store.update("ClusterSettings", rec["id"], {"vm_recycle_bin": value})
            task = call.task("%s the recycle bin setting of cluster %s" % (mode.capitalize(), c["name"]), effect,
                             resource_type="ClusterSettings", resource_id=settings["id"], cluster_id=c["id"],
                             key="cluster_settings." + mode)
            if mode == "delete":
                out.append({"task_id": task, "data": {"id": settings["id"]}})
            else:
                out.append({"task_id": task,
                            "data": store.render("ClusterSettings", dict(settings, vm_recycle_bin=value))})
        return out
    return handler


for _mode in ("create", "update", "delete"):
    handles("%s_cluster_recycle_bin_setting" % _mode)(_cluster_recycle_bin(_mode))


def _auth(keys):
    """A handler merging ``keys`` of the body into the global ``auth`` settings."""
    def handler(call):
        store = call.store
        settings = store.all("GlobalSettings")[0]
        changes = dict((k, call.body[k]) for k in keys if k in call.body)
        auth = dict(settings.get("auth") or {}, **changes)

        def effect():
            store.update("GlobalSettings", settings["id"], {"auth": auth})
        task = call.task("Update the login settings", effect, resource_type="GlobalSettings",
                         resource_id=settings["id"], key="global_settings.update_auth")
        return {"task_id": task, "data": store.render("GlobalSettings", dict(settings, auth=auth))}
    return handler


handles("update_access_restriction")(_auth(("access_list", "access_mode")))
handles("update_password_security")(_auth(("login_miss_num_threshold", "login_miss_time_threshold",
                                            "password_complexity", "password_expire_days")))
handles("update_session_timeout")(_auth(("session_max_age",)))


def _cluster_setting(body_key, field):
    """A handler setting one field of each matched cluster's settings (created when missing)."""
    def handler(call):
        engine, store = call.engine, call.store
        value = call.body[body_key]
        out = []
        for c in find(engine, "Cluster", call.body["where"]):
            settings = store.one("Cluster", c, "settings")
            exists = settings is not None
            if not exists:
                settings = draft(engine, "ClusterSettings", {"cluster": c["id"]})

            def effect(c=c, settings=settings, exists=exists):
                rec = settings if exists else store.insert("ClusterSettings",
                                                           {"id": settings["id"], "cluster": c["id"]})
                store.update("ClusterSettings", rec["id"], {field: value})
            task = call.task("Update %s of cluster %s" % (field, c["name"]), effect, resource_type="ClusterSettings",
                             resource_id=settings["id"], cluster_id=c["id"], key="cluster_settings.update_" + field)
            out.append({"task_id": task, "data": store.render("ClusterSettings", dict(settings, **{field: value}))})
        return out
    return handler


handles("update_cluster_ha_setting")(_cluster_setting("ha", "default_ha"))
handles("update_cluster_enable_iscsi_setting")(_cluster_setting("enable_iscsi", "enabled_iscsi"))

_NOTIFIER_KEYS = ("disabled", "email_from", "email_tos", "language_code", "name", "notice_severities")


def _notifier_changes(engine, body):
    changes = dict((k, body[k]) for k in _NOTIFIER_KEYS if k in body)
    if body.get("smtp_server_id"):
        changes["smtp_server_config"] = require(engine, "SmtpServer", body["smtp_server_id"], "smtp_server_id")["id"]
    if body.get("clusters") is not None:
        changes["clusters"] = [c["id"] for c in find(engine, "Cluster", body["clusters"])]
    return changes


def _update_notifiers(call, notifiers, changes):
    out = []
    for n in notifiers:
        def effect(n_id=n["id"]):
            call.store.update("AlertNotifier", n_id, changes)
        task = call.task("Update alert notifier %s" % (n["name"] or n["id"]), effect, resource_type="AlertNotifier",
                         resource_id=n["id"], key="alert_notifier.update")
        out.append(with_task(call.engine, "AlertNotifier", n, task))
    return out


@handles("update_alert_notifier")
def update_alert_notifier(call):
    if not call.body.get("id"):
        raise HttpError(400, "update_alert_notifier needs the notifier's id (id)")
    notifier = require(call.engine, "AlertNotifier", call.body["id"], "id")
    return _update_notifiers(call, [notifier], _notifier_changes(call.engine, call.body))[0]


@handles("update_many_alert_notifiers")
def update_many_alert_notifiers(call):
    return _update_notifiers(call, find(call.engine, "AlertNotifier", call.body["where"]),
                             _notifier_changes(call.engine, call.body))
