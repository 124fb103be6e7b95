# coding: utf-8
"""The SDK's helpers against the simulator: the LDAP login through the AUTHN strategy, the re-login after a
revoked token, and the resource-change watcher (the loopback fakes of test_auth/test_watch check the details)."""
from cloudtower_python_sdk import ApiClient, Configuration, VmApi
from cloudtower_python_sdk.simulator import Simulator
from cloudtower_python_sdk.utils import login, wait_tasks, watch_resource_changes


def test_ldap_login_goes_through_the_authn_strategy(monkeypatch):
    with Simulator(task_seconds=0) as sim:
        seen = []
        resolve = sim.engine.auth.resolve_login
        monkeypatch.setattr(sim.engine.auth, "resolve_login", lambda body: seen.append(dict(body)) or resolve(body))
        client = ApiClient(Configuration(host=sim.url))
        login(client, "ldap-user", "ldap", source="LDAP")
        strategy_ids = [s["id"] for s in sim.engine.auth.strategies if s["type"] == "LDAP"]
        assert [(b["source"], b.get("auth_config_id")) for b in seen] == [("AUTHN", strategy_ids[0])]
        assert VmApi(client).get_vms({"first": 1})
        # The token is revoked: one new login (through the strategy again), then the call is sent once more.
        sim.add_fault("get-vms:revoke-token")
        assert VmApi(client).get_vms({"first": 1})
        assert [b["source"] for b in seen] == ["AUTHN", "AUTHN"]


def test_the_watcher_yields_the_change_of_a_vm_started_after_it_began():
    with Simulator(task_seconds=0) as sim:
        vm_api = VmApi(sim.client)
        vm = vm_api.get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False}, "first": 1})[0]
        with watch_resource_changes(sim.client, resource_types=["vm"], timeout=20, interval=0.05) as changes:
            wait_tasks([w.task_id for w in vm_api.start_vm({"where": {"id": vm.id}})], sim.client, interval=0.01)
            event = next(e for e in changes if e.resource_id == vm.id)
        assert event.action == "UPDATE"
        assert sim.world.get("Vm", vm.id)["status"] == "RUNNING"
