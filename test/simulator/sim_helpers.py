# coding: utf-8
"""Helpers of the simulator's tests: the states tasks end in, records the world has no operation to create."""
from cloudtower_python_sdk import TaskApi


def task_states(client, answer):
    """The states of the answer's tasks (a WithTask or a list of them) after they end, which they do at the next
    request with ``task_seconds=0``: ``["SUCCESSED"]``."""
    items = answer if isinstance(answer, list) else [answer]
    return [t.status for t in TaskApi(client).get_tasks({"where": {"id_in": [a.task_id for a in items]}})]


def backup_plan(sim, vm_ids, name="nightly", **fields):
    """A WORKING backup plan of the VMs (and ``fields``), as Tower's backup service keeps it (the world has no
    backup service, and plans are made by it); the stored record."""
    with sim.engine.lock:
        store = sim.engine.store
        return store.insert("BackupPlan", dict(fields, **{
            "name": name, "status": "WORKING", "vms": list(vm_ids),
            "backup_service": store.insert("BackupService", {"name": "backup"})["id"],
            "backup_store_repository": store.insert("BackupStoreRepository", {"name": "repo"})["id"]}))
