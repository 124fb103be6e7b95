# coding: utf-8
"""Administration: roles, application packages, isolation policies, ESXi accounts."""
from ..errors import HttpError
from .common import find, per_record, require
from .registry import handles


@handles("delete_role")
def delete_role(call):
    roles = find(call.engine, "UserRoleNext", call.body["where"])
    for role in roles:
        if role.get("preset"):
            raise HttpError(400, "Role %s is a preset role and cannot be deleted" % role["name"])
        users = [u for u in call.store.all("User") if role["id"] in call.store.related_ids("User", u, "roles")]
        if users:
            raise HttpError(400, "Role %s is given to %d users; take it from them first" % (role["name"], len(users)))
    return per_record(call, "UserRoleNext", roles, "Delete role", "user_role_next.delete",
                      lambda r: call.store.delete("UserRoleNext", r["id"]),
                      answer=lambda r, task: {"task_id": task, "data": {"id": r["id"]}})


@handles("delete_cloud_tower_application_package")
def delete_application_package(call):
    out = []
    for pkg in find(call.engine, "CloudTowerApplicationPackage", call.body["where"]):
        if call.store.related_ids("CloudTowerApplicationPackage", pkg, "applications"):
            raise HttpError(400, "Application package %s is in use by applications" % pkg["name"])
        call.store.delete("CloudTowerApplicationPackage", pkg["id"])
        out.append({"id": pkg["id"]})
    return out


def _rules(rules):
    return [dict(r, type=r.get("type") or "ALL") for r in rules or []]


@handles("create_isolation_policy")
def create_isolation_policy(call):
    """An isolation policy of a VM (answered at once: the real API returns no task)."""
    engine, b = call.engine, call.body
    vm = require(engine, "Vm", b["vm_id"], "vm_id")
    require(engine, "EverouteCluster", b["everoute_cluster_id"], "everoute_cluster_id")
    if engine.store.related_ids("Vm", vm, "isolation_policy"):
        raise HttpError(400, "VM %s already has an isolation policy (vm_id)" % vm["name"])
    rec = call.store.insert("IsolationPolicy", dict(vm=vm["id"], everoute_cluster=b["everoute_cluster_id"],
                                                    mode=b["mode"], ingress=_rules(b.get("ingress")),
                                                    egress=_rules(b.get("egress"))))
    return call.store.render("IsolationPolicy", rec)


@handles("update_isolation_policy")
def update_isolation_policy(call):
    out = []
    for rec in find(call.engine, "IsolationPolicy", call.body["where"]):
        changes = dict((k, _rules(v) if k in ("ingress", "egress") else v) for k, v in call.data.items())
        call.store.update("IsolationPolicy", rec["id"], changes)
        out.append(call.store.render("IsolationPolicy", rec))
    return out


@handles("delete_isolation_policy")
def delete_isolation_policy(call):
    out = []
    for rec in find(call.engine, "IsolationPolicy", call.body["where"]):
        call.store.delete("IsolationPolicy", rec["id"])
        out.append({"id": rec["id"]})
    return out


@handles("update_vsphere_esxi_account")
def update_vsphere_esxi_account(call):
    """Each account's address and credentials (the password is kept, never shown); one task for all."""
    engine = call.engine
    items = [(require(engine, "VsphereEsxiAccount", d["esxi_account_id"], "data[%d].esxi_account_id" % i), d)
             for i, d in enumerate(call.body["data"])]

    def effect():
        for rec, d in items:
            changes = {"ip": d["ip"], "username": d["username"], "is_valid": True}
            if d.get("port") is not None:
                changes["port"] = d["port"]
            if d.get("password") is not None:
                changes["_password"] = d["password"]
            engine.store.update("VsphereEsxiAccount", rec["id"], changes)
    task = call.task("Update ESXi accounts", effect, resource_type="VsphereEsxiAccount",
                     resource_id=items[0][0]["id"] if items else None, key="vsphere_esxi_account.update")
    return [{"task_id": task, "data": [engine.store.render("VsphereEsxiAccount", dict(rec, ip=d["ip"],
                                                                                      username=d["username"]))
                                       for rec, d in items]}]
