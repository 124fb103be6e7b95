"""Benchmark workloads, run inside each side's virtualenv.

Every workload is a function ``name(prefix, url, **params)`` returning a dict
of metric -> number.  ``prefix`` is the SDK's import name
(``cloudtower_python_sdk`` for ours, ``cloudtower`` for the peer) or ``None``
for the *floor*: the least any client must do (urllib3 + json, plain dicts).
``url`` is the API base URL ending in ``/v2/api``.

The orchestrator (``run.py``) starts this file as a script in a fresh process
for each measurement::

    python workloads.py '{"workload": "get_vms", "prefix": "cloudtower", ...}'

and reads the last stdout line, ``RESULT {...json...}``.  The smoke test
imports it and calls the same functions in-process on tiny inputs.

Kept Python 3.6 compatible (no walrus, no dataclasses, no 3.7+ APIs).
"""
import gc
import importlib
import json
import sys
import time
import traceback
import tracemalloc

try:
    from . import vmdata
except (ImportError, ValueError, SystemError):
    import vmdata

clock = time.perf_counter
MB = 1024.0 * 1024.0
TOKEN = "bench-token"


# --------------------------------------------------------------------- SDK --

class Sdk(object):
    """The four entry points of the calling contract, for one import prefix."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.ApiClient = importlib.import_module(prefix).ApiClient
        self.Configuration = importlib.import_module(
            prefix + ".configuration").Configuration
        self.VmApi = importlib.import_module(prefix + ".api.vm_api").VmApi
        self.models = importlib.import_module(prefix + ".models")

    def client(self, url, pool_threads=None):
        config = self.Configuration(host=url)
        if pool_threads is None:
            client = self.ApiClient(config)
        else:
            client = self.ApiClient(config, pool_threads=pool_threads)
        client.configuration.api_key["Authorization"] = TOKEN
        return client

    def vm_api(self, url, pool_threads=None):
        return self.VmApi(self.client(url, pool_threads))


def close_client(api):
    """Close the ApiClient behind *api* if the SDK offers ``close()``."""
    close = getattr(getattr(api, "api_client", None), "close", None)
    if close is not None:
        close()


def vms_body(first):
    return {"where": {"name_starts_with": "vm"}, "first": first}


class FloorClient(object):
    """The floor: one urllib3 POST of a JSON body plus ``json.loads``."""

    def __init__(self, url, maxsize=10):
        import urllib3
        self.url = url
        self.pool = urllib3.PoolManager(maxsize=maxsize)
        self.headers = {"Content-Type": "application/json",
                        "Accept": "application/json",
                        "Authorization": TOKEN}

    def post(self, path, payload):
        resp = self.pool.request("POST", self.url + path,
                                 body=json.dumps(payload).encode("utf-8"),
                                 headers=self.headers)
        if resp.status != 200:
            raise RuntimeError("HTTP %d" % resp.status)
        return json.loads(resp.data.decode("utf-8"))

    def get_vms(self, body):
        return self.post("/get-vms", body)


def fetcher(prefix, url, pool_threads=None):
    """``(get_vms callable, api or None)`` for a side."""
    if prefix is None:
        return FloorClient(url).get_vms, None
    api = Sdk(prefix).vm_api(url, pool_threads)
    return api.get_vms, api


# --------------------------------------------------------------- workloads --

STARTUP_TEMPLATE = """\
import time as _t
_t0 = _t.perf_counter()
{body}
_t1 = _t.perf_counter()
import resource as _r, json as _j
print("RESULT " + _j.dumps({{"startup_inproc_s": _t1 - _t0,
    "rss_mb": _r.getrusage(_r.RUSAGE_SELF).ru_maxrss / 1024.0}}))
"""


def startup_code(prefix, url):
    """Source of a one-shot start-up program (run with ``python -I -c``)."""
    if prefix is None:
        body = ("import urllib3, dateutil.parser, json\n"
                "urllib3.PoolManager()")
    else:
        body = ("from {p} import ApiClient\n"
                "from {p}.configuration import Configuration\n"
                "from {p}.api.vm_api import VmApi\n"
                "from {p}.models import VmStatus\n"
                "client = ApiClient(Configuration(host={u!r}))\n"
                "api = VmApi(client)").format(p=prefix, u=url)
    return STARTUP_TEMPLATE.format(body=body)


def startup(prefix, url):
    """In-process variant of the start-up program (imports may be cached)."""
    namespace = {}
    out = []
    code = startup_code(prefix, url).replace("print(", "_out.append(")
    namespace["_out"] = out
    exec(compile(code, "<startup>", "exec"), namespace)
    return json.loads(out[0][len("RESULT "):])


def get_vms(prefix, url, count):
    """Time one ``get_vms`` of *count* VMs; then the memory its result holds."""
    fetch, api = fetcher(prefix, url)
    fetch(vms_body(1))  # warm-up: connection, lazy imports
    gc.collect()
    t0 = clock()
    vms = fetch(vms_body(count))
    seconds = clock() - t0
    if len(vms) != count:
        raise RuntimeError("got %d VMs, wanted %d" % (len(vms), count))
    del vms
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    held = fetch(vms_body(count))  # alive while the memory is read
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del held
    close_client(api)
    return {"seconds": seconds, "held_mb": (current - base) / MB,
            "peak_mb": (peak - base) / MB}


def _plain_copy(value):
    """Recursive rebuild of JSON data: the least a ``to_dict()`` must do."""
    if isinstance(value, dict):
        return dict((k, _plain_copy(v)) for k, v in value.items())
    if isinstance(value, list):
        return [_plain_copy(v) for v in value]
    return value


def touch(prefix, url, count):
    """Sum ``memory``, collect ``cluster.name`` and ``to_dict()`` all VMs."""
    fetch, api = fetcher(prefix, url)
    vms = fetch(vms_body(count))
    close_client(api)
    if prefix is None:
        t0 = clock()
        total = sum(vm["memory"] for vm in vms)
        t1 = clock()
        names = [vm["cluster"]["name"] for vm in vms if vm["cluster"]]
        t2 = clock()
        dicts = [_plain_copy(vm) for vm in vms]
        t3 = clock()
    else:
        t0 = clock()
        total = sum(vm.memory for vm in vms)
        t1 = clock()
        names = [vm.cluster.name for vm in vms if vm.cluster is not None]
        t2 = clock()
        dicts = [vm.to_dict() for vm in vms]
        t3 = clock()
    if total <= 0 or len(names) != count or len(dicts) != count:
        raise RuntimeError("touching the data gave wrong results")
    if dicts[0]["cluster"]["name"] != names[0]:
        raise RuntimeError("to_dict() lost cluster.name")
    return {"sum_memory_s": t1 - t0, "cluster_names_s": t2 - t1,
            "to_dict_s": t3 - t2}


class _DictModels(object):
    """Stand-in for ``<pkg>.models`` whose "models" are plain dicts."""

    def __getattr__(self, name):
        return dict


def build_creation(models, params):
    """Build one ``VmCreationParams`` from *params* the way a user would."""
    disks = params["vm_disks"]
    new_disks = []
    for disk in disks["mount_new_create_disks"]:
        fields = dict((k, v) for k, v in disk.items() if k != "vm_volume")
        volume = models.MountNewCreateDisksParamsVmVolume(**disk["vm_volume"])
        new_disks.append(models.MountNewCreateDisksParams(vm_volume=volume,
                                                          **fields))
    vm_disks = models.VmDiskParams(
        mount_cd_roms=[models.VmCdRomParams(**c)
                       for c in disks["mount_cd_roms"]],
        mount_disks=[models.MountDisksParams(**d)
                     for d in disks["mount_disks"]],
        mount_new_create_disks=new_disks)
    rest = dict((k, v) for k, v in params.items()
                if k not in ("vm_nics", "vm_disks"))
    return models.VmCreationParams(
        vm_nics=[models.VmNicParams(**n) for n in params["vm_nics"]],
        vm_disks=vm_disks, **rest)


def create_vm(prefix, url, count):
    """Build and serialize *count* ``create_vm`` requests.

    Metrics: building the models (floor: the same nesting with plain dicts),
    ``sanitize_for_serialization`` + ``json.dumps`` of models and of dicts,
    and one real ``create_vm`` call carrying all of them to the loopback
    server (which answers ``[]``), from models and from dicts.
    """
    params = [vmdata.creation_params(i) for i in range(count)]
    if prefix is None:
        models, client, api = _DictModels(), None, None
    else:
        sdk = Sdk(prefix)
        models, api = sdk.models, sdk.vm_api(url)
        client = api.api_client
    t0 = clock()
    built = [build_creation(models, p) for p in params]
    t1 = clock()
    if prefix is None:
        floor = FloorClient(url)
        floor.get_vms(vms_body(1))  # warm-up: connection
        t2 = clock()
        json.dumps(built)
        t3 = clock()
        json.dumps(params)
        t4 = clock()
        floor.post("/create-vm", built)
        t5 = clock()
        floor.post("/create-vm", params)
        t6 = clock()
    else:
        api.get_vms(vms_body(1))  # warm-up: connection, lazy imports
        t2 = clock()
        json.dumps(client.sanitize_for_serialization(built))
        t3 = clock()
        json.dumps(client.sanitize_for_serialization(params))
        t4 = clock()
        api.create_vm(built)
        t5 = clock()
        api.create_vm(params)
        t6 = clock()
        close_client(api)
    return {"build_models_s": t1 - t0, "serialize_models_s": t3 - t2,
            "serialize_dicts_s": t4 - t3, "call_models_s": t5 - t4,
            "call_dicts_s": t6 - t5}


def concurrency(prefix, url, calls, per_call, threads):
    """*calls* ``get_vms`` of *per_call* VMs: one after another, then with
    ``async_req=True`` on ``ApiClient(..., pool_threads=threads)`` (floor: a
    thread pool of the same size around urllib3 + json.loads)."""
    body = vms_body(per_call)
    if prefix is None:
        from concurrent.futures import ThreadPoolExecutor
        floor = FloorClient(url, maxsize=threads)
        floor.get_vms(body)
        t0, c0 = clock(), _cpu()
        seq = [floor.get_vms(body) for _ in range(calls)]
        t1, c1 = clock(), _cpu()
        with ThreadPoolExecutor(threads) as pool:
            futures = [pool.submit(floor.get_vms, body) for _ in range(calls)]
            par = [f.result() for f in futures]
        t2, c2 = clock(), _cpu()
    else:
        sdk = Sdk(prefix)
        api = sdk.vm_api(url, pool_threads=threads)
        api.get_vms(body)
        t0, c0 = clock(), _cpu()
        seq = [api.get_vms(body) for _ in range(calls)]
        t1, c1 = clock(), _cpu()
        handles = [api.get_vms(body, async_req=True) for _ in range(calls)]
        par = [h.get() for h in handles]
        t2, c2 = clock(), _cpu()
        close_client(api)
    if any(len(r) != per_call for r in seq + par):
        raise RuntimeError("short get_vms result")
    # The client's CPU time per call tells whether the async run was bound by
    # the GIL (one core's worth of CPU) rather than by the server's latency.
    return {"sequential_s": t1 - t0, "async_s": t2 - t1,
            "speedup": (t1 - t0) / (t2 - t1), "calls": calls,
            "cpu_per_call_seq_s": (c1 - c0) / calls,
            "cpu_per_call_async_s": (c2 - c1) / calls}


def _cpu():
    """CPU seconds (user + system) of this process so far."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime



WORKLOADS = {
    "startup": startup,
    "get_vms": get_vms,
    "touch": touch,
    "create_vm": create_vm,
    "concurrency": concurrency,
}


def main(argv=None):
    """Run the workload described by the JSON argument; print ``RESULT``."""
    job = json.loads((argv or sys.argv[1:])[0])
    name = job.pop("workload")
    try:
        result = WORKLOADS[name](**job)
    except Exception as exc:  # report, don't crash the orchestrator
        traceback.print_exc()
        result = {"error": "%s: %s" % (type(exc).__name__, exc)}
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
