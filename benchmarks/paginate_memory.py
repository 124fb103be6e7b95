# coding: utf-8
"""Peak Python memory of reading every VM: one ``get_vms`` answer vs ``utils.paginate`` page by page.

Starts the simulator with ``--vms N`` in a subprocess (so its memory is not counted) and measures the client's
allocations with ``tracemalloc``.  Run from the repository root (Python 3.6+)::

    python benchmarks/paginate_memory.py --vms 10000 --page-size 500
"""
import argparse
import os
import re
import subprocess
import sys
import tracemalloc

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from cloudtower_python_sdk import ApiClient, Configuration, VmApi  # noqa: E402
from cloudtower_python_sdk.utils import login, paginate  # noqa: E402


def peak_mib(read):
    tracemalloc.start()
    try:
        count = read()
        return count, tracemalloc.get_traced_memory()[1] / 2.0 ** 20
    finally:
        tracemalloc.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vms", type=int, default=10000)
    parser.add_argument("--page-size", type=int, default=500)
    args = parser.parse_args()
    sim = subprocess.Popen([sys.executable, "-m", "cloudtower_python_sdk.simulator", "--port", "0",
                            "--vms", str(args.vms)], stdout=subprocess.PIPE, universal_newlines=True)
    try:
        url = re.search(r"(http://\S+)", sim.stdout.readline()).group(1)
        client = ApiClient(Configuration(host=url))
        login(client, "root", "root")
        vm_api = VmApi(client)
        vm_api.get_vms({"first": 1})  # imports and connection before measuring
        count, peak = peak_mib(lambda: len(vm_api.get_vms({})))
        print("get_vms({})                      %6d VMs  peak %6.1f MiB" % (count, peak))
        count, peak = peak_mib(lambda: sum(1 for _ in paginate(vm_api.get_vms, page_size=args.page_size)))
        print("paginate(get_vms, page_size=%d) %6d VMs  peak %6.1f MiB" % (args.page_size, count, peak))
        client.close()
    finally:
        sim.terminate()
        sim.wait()


if __name__ == "__main__":
    main()
