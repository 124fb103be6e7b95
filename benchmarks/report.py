"""The page ``benchmarks/run.py`` writes: the rows, their medians and ratios, the targets and the method.

Kept apart from the orchestrator (``run.py``: venvs, server, measuring), which calls :func:`report`.
"""
import datetime
import os
import platform
import statistics
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_REQUIREMENT = "cloudtower-sdk==2.20.0"
SIDE_ORDER = ("ours", "peer", "floor")


ROWS = [
    ("startup", "wall_s", "start-up: process wall time", "ms", True),
    ("startup", "startup_inproc_s", "start-up: imports + client, in-process",
     "ms", True),
    ("startup", "rss_mb", "start-up: peak RSS", "MB", True),
    ("get_vms_small", "seconds", "get_vms {small} VMs", "ms", True),
    ("get_vms_small", "held_mb", "get_vms {small} VMs: memory held", "MB",
     True),
    ("get_vms_big", "seconds", "get_vms {big} VMs", "ms", True),
    ("get_vms_big", "held_mb", "get_vms {big} VMs: memory held", "MB", True),
    ("get_vms_big", "peak_mb", "get_vms {big} VMs: peak traced memory", "MB",
     True),
    ("touch", "sum_memory_s", "sum vm.memory over {big}", "ms", True),
    ("touch", "cluster_names_s", "collect vm.cluster.name over {big}", "ms",
     True),
    ("touch", "to_dict_s", "to_dict() of {big} (floor: dict copy)", "ms",
     True),
    ("create_vm", "build_models_s",
     "create_vm: build {create} models (floor: dicts)", "ms", True),
    ("create_vm", "serialize_models_s",
     "create_vm: sanitize+json.dumps {create} models", "ms", True),
    ("create_vm", "serialize_dicts_s",
     "create_vm: sanitize+json.dumps {create} dicts", "ms", True),
    ("create_vm", "call_models_s", "create_vm call, {create} models", "ms",
     True),
    ("create_vm", "call_dicts_s", "create_vm call, {create} dicts", "ms",
     True),
    ("concurrency", "sequential_s", "{calls}x get_vms(50), sequential", "ms",
     True),
    ("concurrency", "async_s", "{calls}x get_vms(50), async_req pool_threads=8",
     "ms", True),
    ("concurrency", "speedup", "async speed-up over sequential", "x", False),
    ("concurrency", "cpu_per_call_seq_s", "client CPU per get_vms(50), sequential", "ms", True),
    ("concurrency", "cpu_per_call_async_s", "client CPU per get_vms(50), async_req", "ms", True),
    ("size", "package_mb", "installed package directory", "MB", True),
    ("size", "venv_mb", "venv minus bare venv", "MB", True),
]


def median(cell, metric):
    values = cell.get(metric) if cell else None
    return statistics.median(values) if values else None


def fmt_value(value, unit):
    if unit == "ms":
        value *= 1000.0
    if value >= 100:
        text = "%.0f" % value
    elif value >= 10:
        text = "%.1f" % value
    else:
        text = "%.2f" % value
    return "%s %s" % (text, unit) if unit != "x" else text + "x"


def fmt_cell(cell, metric, unit):
    value = median(cell, metric)
    if value is None:
        errors = cell.get("errors") if cell else None
        if errors and errors[0] == "side unavailable":
            return "unavailable"
        return "error: %s" % errors[0][:80] if errors else "n/a"
    text = fmt_value(value, unit)
    if cell.get("errors"):
        text += " (%d failed)" % len(cell["errors"])
    return text


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "n/a"
    return "%.2fx" % (a / b)


def table(results, labels):
    lines = ["| workload | ours | peer | floor | ours/peer | ours/floor |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for key, metric, label, unit, _ in ROWS:
        if key not in results:
            continue
        cells = results[key]
        vals = dict((s, median(cells.get(s), metric)) for s in SIDE_ORDER)
        lines.append("| %s | %s | %s | %s | %s | %s |" % (
            label.format(**labels),
            fmt_cell(cells.get("ours"), metric, unit),
            fmt_cell(cells.get("peer"), metric, unit),
            fmt_cell(cells.get("floor"), metric, unit),
            ratio(vals["ours"], vals["peer"]),
            ratio(vals["ours"], vals["floor"])))
    return lines


def targets(results):
    """(description, verdict, detail) for each target of the issue."""
    def get(key, side, metric):
        return median(results.get(key, {}).get(side), metric)

    checks = [
        ("start-up wall time <= 1/4 of peer",
         get("startup", "ours", "wall_s"), 0.25,
         get("startup", "peer", "wall_s")),
        ("start-up wall time <= 1.5x floor",
         get("startup", "ours", "wall_s"), 1.5,
         get("startup", "floor", "wall_s")),
        ("start-up peak RSS <= 1/3 of peer",
         get("startup", "ours", "rss_mb"), 1.0 / 3,
         get("startup", "peer", "rss_mb")),
        ("get_vms (2,000 VMs in a full run) <= 2x floor",
         get("get_vms_small", "ours", "seconds"), 2.0,
         get("get_vms_small", "floor", "seconds")),
        ("installed package size <= 1/4 of peer",
         get("size", "ours", "package_mb"), 0.25,
         get("size", "peer", "package_mb")),
    ]
    out = []
    for desc, ours, factor, ref in checks:
        if ours is None or ref is None:
            out.append((desc, "n/a", "missing data"))
        else:
            ok = ours <= factor * ref
            out.append((desc, "met" if ok else "missed",
                        "ours %.4g vs limit %.4g" % (ours, factor * ref)))
    speedup = get("concurrency", "ours", "speedup")
    if speedup is None:
        out.append(("async_req pool_threads=8 >= 5x faster than sequential",
                    "n/a", "missing data"))
    else:
        out.append(("async_req pool_threads=8 >= 5x faster than sequential",
                    "met" if speedup >= 5 else "missed",
                    "ours %.2fx; %s" % (speedup, concurrency_limit(get))))
    return out


def concurrency_limit(get):
    """What bounds the async speed-up on this machine, from the measured numbers.

    The calls' Python work (HTTP parsing, ``json.loads``) holds the GIL, so
    the async run cannot take less than calls x CPU per call of one core.
    """
    floor = get("concurrency", "floor", "speedup")
    parts = []
    if floor is not None:
        parts.append("the floor (urllib3 + json.loads, no SDK) reaches %.2fx here" % floor)
    seq = get("concurrency", "ours", "sequential_s")
    cpu = get("concurrency", "ours", "cpu_per_call_async_s")
    async_s = get("concurrency", "ours", "async_s")
    calls = get("concurrency", "ours", "calls")
    if seq and cpu and async_s and calls:
        calls = int(calls)
        busy = cpu * calls / async_s
        parts.append("the client spent %.2f ms of CPU per call in the async run: %d calls keep one core busy "
                     "%.0f%% of the %.2f s (the GIL lets one thread run Python at a time), %s; at that CPU cost the "
                     "client alone caps the speed-up near %.1fx"
                     % (cpu * 1e3, calls, 100 * busy, async_s,
                        "so the run is CPU-bound" if busy > 0.75 else "so latency, not CPU, dominates",
                        seq / (cpu * calls)))
    return "; ".join(parts) or "no analysis data"


def git_revision():
    """``<short sha>`` of the checkout, with ``+changes`` if the tree is dirty."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--",
                                "cloudtower_python_sdk", "setup.py"], cwd=ROOT,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL,
                               universal_newlines=True).stdout.strip()
    except OSError:
        return "unknown"
    return (sha or "unknown") + ("+changes" if dirty else "")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def report(args, sides, results, labels):
    lines = ["# Performance: ours vs the peer SDK", "",
             "Generated by `%s` on %s." % (
                 args.command, datetime.datetime.now().strftime(
                     "%Y-%m-%d %H:%M")), "",
             "- machine: %d CPUs, %s, %s" % (os.cpu_count() or 0, cpu_model(),
                                            platform.platform()),
             "- each figure: median of %d runs, sides interleaved; start-up "
             "and every workload in a fresh process%s" % (
                 args.repeat, " (--quick sizes)" if args.quick else "")]
    revision = getattr(args, "revision", None) or git_revision()
    for name in SIDE_ORDER:
        side = sides.get(name)
        if side is None:
            continue
        if side.error:
            lines.append("- %s: unavailable (%s)" % (name, side.error[:200]))
            continue
        what = {"ours": "this checkout (`cloudtower_python_sdk`, %s)" %
                        revision,
                "peer": "`%s` (import `cloudtower`)" % PEER_REQUIREMENT,
                "floor": "urllib3 + json + dateutil, plain dicts"}[name]
        lines.append("- %s: %s %s; Python %s, urllib3 %s" % (
            name, what, side.info.get("version", ""), side.info["python"],
            side.info["urllib3"]))
    lines += ["", "## Results", ""] + table(results, labels)
    lines += ["", "## Targets", ""]
    for desc, verdict, detail in targets(results):
        lines.append("- %s: **%s** (%s)" % (desc, verdict, detail))
    lines += ["", "## Method", "",
              "- Responses come from a loopback `ThreadingHTTPServer` in a "
              "separate process serving precomputed bytes: %d VMs with every "
              "property of the 4.6.0 `Vm` schema filled (nested objects, "
              "lists of two)." % labels["big_n"],
              "- get_vms: one warm-up call of 1 VM, then one timed call; "
              "memory held = tracemalloc delta while the result is alive "
              "(measured on a second, untimed call). Floor: urllib3 POST + "
              "`json.loads`.",
              "- create_vm: the same request objects for every side; "
              "serialization is `ApiClient.sanitize_for_serialization` + "
              "`json.dumps` (floor: `json.dumps`), the call is one real "
              "`VmApi.create_vm` of all requests; the server answers `[]`.",
              "- concurrency: the server sleeps %d ms per request; the floor "
              "uses a `ThreadPoolExecutor(8)` around urllib3." %
              args.latency_ms,
              "- size: bytes of the installed package directories (floor: "
              "urllib3 + dateutil), and of the venv minus a bare venv.",
              "- touch: the reads after get_vms. Ours builds a nested model on "
              "its first read (the peer builds them all while decoding, hence "
              "its get_vms time), so `vm.cluster.name` pays for 10,000 new "
              "models and the young-generation collections they trigger. "
              "`cluster.name` and `vm.memory` are read from the answer's JSON "
              "object (each model's instance dict) by CPython itself. On 3.11 "
              "models have no `__getattr__` (the `ApiAttributeError` naming a "
              "misspelt field): it would stop CPython 3.11 from specialising "
              "any attribute read on them. "
              "`python3.11 benchmarks/read_costs.py` measures each part.",
              "", "Reproduce: `%s`" % args.command, ""]
    return "\n".join(lines)


# ------------------------------------------------------------------ main --
