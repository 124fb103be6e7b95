# coding: utf-8
"""Administration: roles, application packages, isolation policies, ESXi accounts."""
import copy

from ..errors import HttpError, TaskFailure
from .common import find, per_record, require
from .registry import handles


@handles("delete_role")
def delete_role(call):
    roles = find(call.engine, "UserRoleNext", call.body["where"])
    for role in roles:
        if role.get("preset"):
            raise HttpError(400, "Role %s is a preset role and cannot be deleted (where)" % role["name"])
        users = [u for u in call.store.all("User") if role["id"] in call.store.related_ids("User", u, "roles")]
        if users:
            raise HttpError(400, "Role %s is given to %d users; take it from them first (where)"
                            % (role["name"], len(users)))
    return per_record(call, "UserRoleNext", roles, "Delete role", "user_role_next.delete",
                      lambda r: call.store.delete("UserRoleNext", r["id"]),
                      answer=lambda r, task: {"task_id": task, "data": {"id": r["id"]}})


@handles("delete_cloud_tower_application_package")
def delete_application_package(call):
    out = []
    for pkg in find(call.engine, "CloudTowerApplicationPackage", call.body["where"]):
        if call.store.related_ids("CloudTowerApplicationPackage", pkg, "applications"):
            raise HttpError(400, "Application package %s is in use by applications (where)" % pkg["name"])
        call.store.delete("CloudTowerApplicationPackage", pkg["id"])
        out.append({"id": pkg["id"]})
    return out


def _rules(engine, rules, path):
    """The stored rules (``NestedNetworkPolicyRule``) of SecurityPolicyIngressEgressInputs: one per IP block,
    security group and label group of a rule's target, or one of type ALL for a rule without a target."""
    out = []
    for i, r in enumerate(rules or []):
        at = "%s[%d]" % (path, i)
        services = [require(engine, "NetworkPolicyRuleService", sid, "%s.service_ids[%d]" % (at, j))
                    for j, sid in enumerate(r.get("service_ids") or [])]
        same = {"ports": [dict(p) for p in r.get("ports") or []], "service_ids": [s["id"] for s in services],
                "services": [{"id": s["id"], "name": s["name"]} for s in services]}
        target = r.get("target") or {}
        made = [dict(same, type="IP_BLOCK", ip_block=ip["ip_block"], except_ip_block=list(ip.get("except_ip_block")
                                                                                            or []))
                for ip in target.get("ips") or []]
        if target.get("security_groups") is not None:
            groups = find(engine, "SecurityGroup", target["security_groups"])
            if not groups:
                raise HttpError(400, "%s.target.security_groups selects no security group" % at)
            made += [dict(same, type="SECURITY_GROUP", security_group={"id": g["id"], "name": g["name"]},
                          security_group_id=g["id"]) for g in groups]
        for j, where in enumerate(target.get("label_groups") or []):
            labels = find(engine, "Label", where)
            if not labels:
                raise HttpError(400, "%s.target.label_groups[%d] selects no label" % (at, j))
            made.append(dict(same, type="SELECTOR", selector_ids=[lb["id"] for lb in labels],
                             selector=[{"id": lb["id"], "key": lb["key"], "value": lb["value"]} for lb in labels]))
        out += made or [dict(same, type="ALL")]
    return out


@handles("create_isolation_policy")
def create_isolation_policy(call):
    """An isolation policy of a VM (answered at once: the real API returns no task)."""
    engine, b = call.engine, call.body
    vm = require(engine, "Vm", b["vm_id"], "vm_id")
    require(engine, "EverouteCluster", b["everoute_cluster_id"], "everoute_cluster_id")
    if engine.store.related_ids("Vm", vm, "isolation_policy"):
        raise HttpError(400, "VM %s already has an isolation policy (vm_id)" % vm["name"])
    rec = call.store.insert("IsolationPolicy", dict(
        vm=vm["id"], everoute_cluster=b["everoute_cluster_id"], mode=b["mode"],
        ingress=_rules(engine, b.get("ingress"), "ingress"), egress=_rules(engine, b.get("egress"), "egress")))
    return call.store.render("IsolationPolicy", rec)


@handles("update_isolation_policy")
def update_isolation_policy(call):
    changes = dict((k, _rules(call.engine, v, "data." + k) if k in ("ingress", "egress") else v)
                   for k, v in call.data.items())
    out = []
    for rec in find(call.engine, "IsolationPolicy", call.body["where"]):
        call.store.update("IsolationPolicy", rec["id"], copy.deepcopy(changes))
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
        gone = [rec["id"] for rec, d in items if engine.store.get("VsphereEsxiAccount", rec["id"]) is None]
        if gone:
            raise TaskFailure("ESXi account %s no longer exists" % gone[0], "EResourceNotFound")
        for rec, d in items:
            changes = {"ip": d["ip"], "username": d["username"], "is_valid": True}
            if d.get("port") is not None:
                changes["port"] = d["port"]
            if d.get("password") is not None:
                changes["_password"] = d["password"]
            engine.store.update("VsphereEsxiAccount", rec["id"], changes)
    task = call.task("Update ESXi accounts", effect, resource_type="VsphereEsxiAccount",
                     resource_id=items[0][0]["id"] if items else None, key="vsphere_esxi_account.update")
    return [{"task_id": task, "data": [engine.store.render("VsphereEsxiAccount", dict(
        rec, ip=d["ip"], username=d["username"], port=d["port"] if d.get("port") is not None else rec["port"]))
        for rec, d in items]}]
