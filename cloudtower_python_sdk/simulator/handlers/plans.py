# coding: utf-8
"""Snapshot plans and their snapshot groups, backup plans: execute, suspend, resume; keep, roll back, clone."""
from .. import world
from ..errors import HttpError, TaskFailure
from .common import draft, find, with_task
from .registry import handles
from .backups import record_restore_points
from .vm_copy import clear_devices, config_of, thaw_disks, thaw_nics


def _plan_state(type_name, status_key, allowed, new_status, verb):
    """A handler moving each plan the where matches from one of ``allowed`` statuses to ``new_status``."""
    def handler(call):
        engine = call.engine
        plans = find(engine, type_name, call.body["where"])
        out = []
        for plan in plans:
            def effect(plan_id=plan["id"]):
                current = engine.store.get(type_name, plan_id)
                if current is None:
                    raise TaskFailure("%s %s no longer exists" % (type_name, plan_id), "EResourceNotFound")
                if current[status_key] not in allowed:
                    raise TaskFailure("Cannot %s plan %s: its status is %s, and %s requires %s" % (
                        verb, current["name"], current[status_key], verb, " or ".join(allowed)), "EPlanStatusInvalid")
                engine.store.update(type_name, plan_id, {status_key: new_status})
            task = call.task("%s plan %s" % (verb.capitalize(), plan["name"]), effect, resource_type=type_name,
                             resource_id=plan["id"], cluster_id=plan.get("cluster") if isinstance(
                                 plan.get("cluster"), str) else None,
                             key="%s.%s" % ("snapshot_plan" if type_name == "SnapshotPlan" else "backup_plan", verb))
            out.append(with_task(engine, type_name, plan, task))
        return out
    return handler


handles("suspend_snapshot_plan")(_plan_state("SnapshotPlan", "status", ("NORMAL",), "SUSPENDED", "suspend"))
handles("resume_snapshot_plan")(_plan_state("SnapshotPlan", "status", ("SUSPENDED",), "NORMAL", "resume"))
handles("suspend_backup_plan")(_plan_state("BackupPlan", "status", ("WORKING",), "PAUSED", "suspend"))
handles("resume_backup_plan")(_plan_state("BackupPlan", "status", ("PAUSED",), "WORKING", "resume"))


@handles("execute_snapshot_plan")
def execute_snapshot_plan(call):
    """A snapshot group named ``data.task_name`` holding a snapshot of every VM of the plan."""
    engine = call.engine
    name = call.data["task_name"]
    out = []
    for plan in find(engine, "SnapshotPlan", call.body["where"]):
        group = draft(engine, "SnapshotGroup", dict(id=engine.store.new_id(), name=name, cluster=plan["cluster"],
                                                    local_id=engine.store.new_uuid(), keep=False, deleted=False,
                                                    internal=False))

        def effect(plan_id=plan["id"], group=group):
            store = engine.store
            current = store.get("SnapshotPlan", plan_id)
            if current is None:
                raise TaskFailure("Snapshot plan %s no longer exists" % plan_id, "EResourceNotFound")
            now = engine.now_iso()
            vms = store.related("SnapshotPlan", current, "vms")
            snaps, info = [], []
            for vm in vms:
                snap = world.snapshot_vm(store, vm, "%s-%s" % (name, vm["name"]), "CRASH_CONSISTENT", now)
                snaps.append(snap["id"])
                info.append({"vm_id": vm["id"], "vm_name": vm["name"],
                             "vm_snapshot_status": "PROTECT_SNAPSHOT_STATUS_CREATED", "disks": []})
            run = store.insert("SnapshotPlanTask", dict(
                cluster=current["cluster"], snapshotPlan=plan_id, start_time=now, end_time=now, status="SUCCEED",
                type="TASK_TYPE_PROTECT", internal=False, local_id=store.new_uuid()))
            store.insert("SnapshotGroup", dict(group, vm_snapshots=snaps, vm_info=info, object_num=len(vms),
                                               local_created_at=now, snapshotPlanTask=run["id"]))
            store.update("SnapshotPlan", plan_id, {
                "last_execute_status": "SUCCEED", "last_execute_time": now, "last_execute_end_time": now,
                "manual_execute_num": (current["manual_execute_num"] or 0) + 1,
                "snapshot_group_num": (current["snapshot_group_num"] or 0) + 1})
        task = call.task("Execute snapshot plan %s" % plan["name"], effect, resource_type="SnapshotPlan",
                         resource_id=plan["id"], cluster_id=plan["cluster"], key="snapshot_plan.execute")
        out.append(with_task(engine, "SnapshotPlan", plan, task))
    return out


@handles("keep_snapshot_group")
def keep_snapshot_group(call):
    """Keep the groups (the plan's retention no longer deletes them)."""
    engine = call.engine
    out = []
    for group in find(engine, "SnapshotGroup", call.body["where"]):
        def effect(group_id=group["id"]):
            if engine.store.get("SnapshotGroup", group_id) is None:
                raise TaskFailure("Snapshot group %s no longer exists" % group_id, "EResourceNotFound")
            engine.store.update("SnapshotGroup", group_id, {"keep": True})
        task = call.task("Keep snapshot group %s" % group["name"], effect, resource_type="SnapshotGroup",
                         resource_id=group["id"], cluster_id=group["cluster"], key="snapshot_group.keep")
        out.append(with_task(engine, "SnapshotGroup", group, task))
    return out


@handles("rollback_snapshot_group")
def rollback_snapshot_group(call):
    """Roll every VM of each group back to its snapshot in the group."""
    engine = call.engine
    out = []
    for group in find(engine, "SnapshotGroup", call.body["where"]):
        def effect(group_id=group["id"]):
            store = engine.store
            current = store.get("SnapshotGroup", group_id)
            if current is None:
                raise TaskFailure("Snapshot group %s no longer exists" % group_id, "EResourceNotFound")
            for snap in store.related("SnapshotGroup", current, "vm_snapshots"):
                vm = store.get("Vm", snap["vm"]) if snap["vm"] else None
                if vm is None:
                    continue
                store.update("Vm", vm["id"], config_of(snap))
                clear_devices(engine, vm)
                thaw_disks(engine, vm, snap["vm_disks"], reuse_volumes=True)
                thaw_nics(engine, vm, snap["vm_nics"], keep_mac=True)
                engine.refresh(vm["cluster"])
        task = call.task("Roll back snapshot group %s" % group["name"], effect, resource_type="SnapshotGroup",
                         resource_id=group["id"], cluster_id=group["cluster"], key="snapshot_group.rollback")
        out.append(with_task(engine, "SnapshotGroup", group, task))
    return out


@handles("clone_snapshot_group")
def clone_snapshot_group(call):
    """New VMs (named in ``clone``) from the group's snapshots of the source VMs."""
    from .vm_lifecycle import rebuild_vm
    engine = call.engine
    params, groups = [], []
    for i, p in enumerate(call.body):
        group = engine.store.get("SnapshotGroup", p["id"])
        if group is None:
            raise HttpError(400, "SnapshotGroup %r not found ([%d].id)" % (p["id"], i))
        snaps = dict((s["vm"], s) for s in engine.store.related("SnapshotGroup", group, "vm_snapshots"))
        for j, c in enumerate(p["clone"]):
            snap = snaps.get(c["from_source_vm_id"])
            if snap is None:
                raise HttpError(400, "Snapshot group %s has no snapshot of VM %r ([%d].clone[%d].from_source_vm_id)"
                                % (group["name"], c["from_source_vm_id"], i, j))
            params.append({"rebuild_from_snapshot_id": snap["id"], "name": c["to_cloned_vm_name"]})
            groups.append(group)
    answers = rebuild_vm(type(call)(engine, call.op, params, call.user_id))
    return [with_task(engine, "SnapshotGroup", group, a["task_id"]) for group, a in zip(groups, answers)]


@handles("execute_backup_plan")
def execute_backup_plan(call):
    """A BackupPlanExecution (MANUAL, FULL or INCREMENTAL) of each plan, a restore point of each of its VMs; the
    plan records its last run."""
    engine = call.engine
    kind = call.data["type"]
    out = []
    for plan in find(engine, "BackupPlan", call.body["where"]):
        if plan["status"] == "PAUSED":
            raise HttpError(400, "Backup plan %s is paused: resume it first" % plan["name"])
        n_vms = len(engine.store.related_ids("BackupPlan", plan, "vms"))
        execution = draft(engine, "BackupPlanExecution", dict(
            id=engine.store.new_id(), backup_plan=plan["id"], method="MANUAL", type=kind, status="RUNNING",
            state="RUNNING", local_id=engine.store.new_uuid(), total_job_count=n_vms, success_job_count=0))

        def effect(plan_id=plan["id"], execution=execution, n_vms=n_vms):
            store = engine.store
            now = engine.now_iso()
            if store.get("BackupPlan", plan_id) is None:
                raise TaskFailure("Backup plan %s no longer exists" % plan_id, "EResourceNotFound")
            store.insert("BackupPlanExecution", dict(execution, status="SUCCESS", state="SUCCEED",
                                                     success_job_count=n_vms, executed_at=now,
                                                     local_created_at=now, duration=0))
            record_restore_points(engine, store.get("BackupPlan", plan_id), execution["id"], kind, now)
            store.update("BackupPlan", plan_id, {
                "last_manual_execute_status": "SUCCESS", "last_manual_executed_at": now,
                "last_manual_execute_success_job_count": n_vms, "last_manual_execute_total_job_count": n_vms})
        task = call.task("Execute backup plan %s" % plan["name"], effect, resource_type="BackupPlanExecution",
                         resource_id=execution["id"], key="backup_plan.execute")
        out.append(with_task(engine, "BackupPlanExecution", execution, task))
    return out
