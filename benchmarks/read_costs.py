"""Where the time of the first reads goes: the ``touch`` reads, as shipped and with one cost taken out.

    python3.11 benchmarks/read_costs.py [--rounds 7] [--vms 10000]

For each variant, in a fresh process per measurement (variants interleaved),
fetches ``--vms`` VMs from ``fakeserver.py`` with this checkout's SDK, then
times the reads of the ``touch`` workload (``workloads.py``) and prints the
medians in milliseconds:

* ``shipped``: the SDK as it is;
* ``no-getattr`` / ``with-getattr``: ``Model.__getattr__`` (the
  ``ApiAttributeError`` that names a misspelt field) taken out / put in,
  whichever this interpreter ships without / with: CPython 3.11 specialises
  no attribute read of a class that has one, so the SDK leaves it out there;
* ``gc-off``: the collector off while the reads are timed (the price of the
  young-generation collections the 10,000 new nested models trigger).

A diagnostic for choosing what to optimise: ``docs/performance.md`` is made by
``run.py``, with nothing taken out.
"""
import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
VARIANTS = ("shipped", "no-getattr", "with-getattr", "gc-off")


def reads(variant, url, count):
    """One measurement in this process: ``{metric: seconds}``."""
    if sys.path[0] != ROOT:
        sys.path.insert(0, ROOT)  # this checkout, whatever the interpreter has installed
    import workloads
    from cloudtower_python_sdk import model_base
    shipped_hook = model_base.Model.__dict__.get("__getattr__")
    if variant == "no-getattr" and shipped_hook is not None:
        del model_base.Model.__getattr__
    elif variant == "with-getattr" and shipped_hook is None:
        model_base.Model.__getattr__ = _missing_attribute
    fetch, api = workloads.fetcher("cloudtower_python_sdk", url)
    vms = fetch(workloads.vms_body(count))
    workloads.close_client(api)
    t0 = time.perf_counter()
    total = sum(vm.memory for vm in vms)
    t1 = time.perf_counter()
    was_enabled = gc.isenabled()
    if variant == "gc-off":
        gc.disable()
    t2 = time.perf_counter()
    names = [vm.cluster.name for vm in vms if vm.cluster is not None]
    t3 = time.perf_counter()
    if was_enabled:
        gc.enable()
    if total <= 0 or len(names) != count:
        raise RuntimeError("the reads gave wrong results")
    return {"sum vm.memory": t1 - t0, "collect vm.cluster.name": t3 - t2}


def _missing_attribute(self, name):
    raise AttributeError(name)


def measure(rounds, count):
    sys.path.insert(0, BENCH)
    from run import FakeServer
    results = {}
    with FakeServer(count) as server:
        for _ in range(rounds):
            for variant in VARIANTS:
                out = subprocess.run([sys.executable, __file__, "--child", variant, server.url(), str(count)],
                                     stdout=subprocess.PIPE, check=True, universal_newlines=True).stdout
                for metric, seconds in json.loads(out.splitlines()[-1]).items():
                    results.setdefault(metric, {}).setdefault(variant, []).append(seconds)
    return results


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        variant, url, count = argv[1:]
        print(json.dumps(reads(variant, url, int(count))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--vms", type=int, default=10000)
    args = parser.parse_args(argv)
    results = measure(args.rounds, args.vms)
    print("median of %d runs, ms | %s" % (args.rounds, " | ".join(VARIANTS)))
    for metric, by_variant in results.items():
        print("%s over %d | %s" % (metric, args.vms, " | ".join("%.2f" % (statistics.median(by_variant[v]) * 1e3)
                                                              for v in VARIANTS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
