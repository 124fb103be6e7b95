# coding: utf-8
"""The metrics queries: deterministic time series in the shape of ``WithTaskMetric``.

Each metric name asked for gives one ``WithTaskMetric`` whose ``sample_streams`` hold one stream per
selected resource (a NIC, a service or a top-N rank when the body narrows to those).  A point's value
depends only on the metric, the resource and the point's time, so two queries over the same window
agree.  ``range`` is a duration (``30s``, ``10m``, ``1h``, ``7d``, ``1w``); the step keeps a window
at 180 points at most, never below 20 s.
"""
import hashlib
import re
import time

from .. import schema
from ..errors import HttpError
from .common import find
from .registry import handles

_UNITS = (("percent", "PERCENT"), ("ratio", "RATIO"), ("celsius", "TEMPERATURE"), ("hz", "FREQUENCY"),
          ("bps", "DATA_RATE_BIT"), ("bytes_per_second", "DATA_RATE_BYTE"), ("bandwidth", "STORAGE_BAND_WIDTH"),
          ("bytes", "DATA_SIZE"), ("_ns", "TIME"), ("latency", "TIME"), ("load", "LOAD"))
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_LABEL = {"Vm": "_vm", "Host": "_host", "Cluster": "_cluster", "Disk": "_device", "VmVolume": "_volume",
          "IscsiLun": "_volume", "NvmfNamespace": "_volume", "VmNic": "_mac", "Nic": "_network"}


def parse_range(value):
    """Seconds of a duration like ``10m``; a 400 naming ``range`` otherwise."""
    m = re.match(r"^(\d+)([smhdw])$", value or "")
    if not m or int(m.group(1)) == 0:
        raise HttpError(400, "Invalid range %r: give a duration such as 30s, 10m, 1h, 7d or 1w (range)" % value)
    return int(m.group(1)) * _SECONDS[m.group(2)]


def unit_of(metric):
    name = metric.lower()
    return next((unit for part, unit in _UNITS if part in name), "COUNT")


def value_at(metric, key, t, unit):
    """The deterministic value of ``metric`` for resource ``key`` at time ``t`` (ms)."""
    digest = hashlib.sha256(("%s|%s|%d" % (metric, key, t)).encode()).digest()
    x = int.from_bytes(digest[:8], "big") / float(2 ** 64)
    if unit in ("PERCENT",):
        return round(100 * x, 2)
    if unit == "RATIO":
        return round(x, 4)
    return round(x * 1000, 2)


def series(metrics, keys, range_seconds, now=None):
    """[WithTaskMetric] for ``metrics`` over resources ``keys`` ([(label dict, key)])."""
    step = max(20, -(-range_seconds // 180))
    end = int(now if now is not None else time.time()) // step * step
    times = [(end - i * step) * 1000 for i in range(range_seconds // step, -1, -1)]
    out = []
    for metric in metrics:
        unit = unit_of(metric)
        streams = [{"labels": dict(labels, metric_name=metric),
                    "points": [{"t": t, "v": value_at(metric, key, t, unit)} for t in times]}
                   for labels, key in keys]
        out.append({"task_id": None, "data": {"dropped": False, "step": step, "unit": unit,
                                              "sample_streams": streams, "samples": None}})
    return out


def _resources(call):
    """[(label dict, key)] of the resources the body selects."""
    engine, body = call.engine, call.body
    cls = schema.model(call.op.body_type)
    selectors = [f for f in cls._fields if f.type_str.endswith("WhereInput")]
    picked = [f for f in selectors if f.required] or selectors
    out = []
    for field in picked:
        type_name = field.type_str[:-len("WhereInput")]
        for rec in find(engine, type_name, body.get(field.key)):
            out.append(({_LABEL.get(type_name, "instance"): rec.get("local_id") or rec["id"]}, rec["id"]))
    for f in selectors:  # an optional narrower selector (NICs) gives one stream per match
        if not f.required and body.get(f.key) is not None and picked != [f]:
            type_name = f.type_str[:-len("WhereInput")]
            out = [(dict(labels, **{_LABEL.get(type_name, "instance"): r.get("mac_address") or r["id"]}),
                    key + "|" + r["id"]) for labels, key in out for r in find(engine, type_name, body[f.key])]
    if body.get("services"):
        out = [(dict(labels, _service=s), key + "|" + s) for labels, key in out for s in body["services"]]
    if body.get("n") is not None:
        if body["n"] < 1:
            raise HttpError(400, "n must be at least 1 (n)")
        out = [(dict(labels, instance="top-%d" % (i + 1)), key + "|%d" % i)
               for labels, key in out for i in range(body["n"])]
    return out


def metrics_handler(call):
    body = call.body
    if not body["metrics"]:
        raise HttpError(400, "metrics is empty: name at least one metric (metrics)")
    return series(body["metrics"], _resources(call), parse_range(body["range"]))


for _op in ("get_cluster_metrics", "get_disk_metrics", "get_host_metrics", "get_host_network_metrics",
            "get_host_servicek_metrics", "get_lun_metrics", "get_nvmf_namespace_metrics", "get_scvm_disk_metrics",
            "get_scvm_metrics", "get_scvm_network_metrics", "get_scvm_servicek_metrics", "get_top_nvm_volume_metrics",
            "get_vm_metrics", "get_vm_net_work_metrics", "get_vm_volume_metrics", "get_witness_metrics",
            "get_zone_metrics"):
    handles(_op)(metrics_handler)
