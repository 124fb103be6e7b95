"""How the local simulator holds up at scale (the timings its tests do not assert).

    python3 benchmarks/simulator_scale.py [--vms 10000] [--tasks 2000]

Starts ``Simulator(vms=N, task_seconds=0)`` and prints, in seconds: building
the world, a count, a 200-id ``id_in`` query, a nested filter, starting
``--tasks`` VMs (the request), their tasks ending in one settle, and the
resource changes those tasks made (one ``GET /resource-changes`` page).
``run(vms, tasks)`` returns the same figures as a dict (the smoke test runs it
tiny).
"""
import argparse
import time


def _timed(figures, name, fn):
    start = time.perf_counter()
    value = fn()
    figures[name] = time.perf_counter() - start
    return value


def run(vms=10000, tasks=2000):
    """``{step: seconds}`` of one run, plus ``"started"`` (how many VMs were started)."""
    from cloudtower_python_sdk import ResourceChangeApi, VmApi
    from cloudtower_python_sdk.simulator import Simulator
    figures = {}
    sim = _timed(figures, "build the world", lambda: Simulator(vms=vms, task_seconds=0, clock="manual").start())
    try:
        api = VmApi(sim.client)
        _timed(figures, "count VMs", lambda: api.get_vms_connection({}))
        ids = [v.id for v in api.get_vms({"first": 200, "skip": vms // 2})]
        _timed(figures, "200-id id_in query", lambda: api.get_vms({"where": {"id_in": ids}}))
        _timed(figures, "nested filter", lambda: api.get_vms({"where": {
            "status": "SUSPENDED", "cluster": {"name": "elf-cluster-2"}, "name_starts_with": "db"}}))
        stopped = [v.id for v in api.get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False, "cluster": {
            "hypervisor": "ELF", "connect_state": "CONNECTED"}}, "first": tasks})]
        revision = ResourceChangeApi(sim.client).get_resource_changes().current_revision
        _timed(figures, "start_vm request", lambda: api.start_vm({"where": {"id_in": stopped}}))
        _timed(figures, "tasks end (one settle)", sim.world.settle)
        _timed(figures, "resource changes page", lambda: ResourceChangeApi(sim.client).get_resource_changes(
            start_revision=str(int(revision) + 1), limit=1000))
        figures["started"] = len(stopped)
    finally:
        sim.stop()
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vms", type=int, default=10000)
    parser.add_argument("--tasks", type=int, default=2000)
    args = parser.parse_args(argv)
    figures = run(args.vms, args.tasks)
    print("| step (%d VMs, %d tasks) | seconds |\n| --- | --- |" % (args.vms, figures.pop("started")))
    for name, seconds in figures.items():
        print("| %s | %.3f |" % (name, seconds))


if __name__ == "__main__":
    main()
