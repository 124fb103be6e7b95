# coding: utf-8
"""Reports: CSV exports of resource lists, reports from templates."""
import csv
import io

from ..errors import HttpError
from .common import draft, find, with_task
from .registry import handles


@handles("export_csv")
def export_csv(call):
    """A CSV of the query in ``filter`` (one key, a resource list) with the ``columns`` (dotted paths)."""
    from .. import schema
    b = call.body
    chosen = [(k, v) for k, v in b["filter"].items() if v is not None]
    if len(chosen) != 1:
        raise HttpError(400, "filter names %d resource lists; give exactly one (filter)" % len(chosen))
    key, query = chosen[0]
    path = "/get-" + "".join("-" + ch.lower() if ch.isupper() else ch for ch in key)
    found = schema.query_operations().get(path)
    if found is None:
        raise HttpError(400, "filter.%s is not a resource list the simulator can export" % key)
    rows = [call.store.render(found[0], r) for r in call.store.query(found[0], query)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([c["name"] for c in b["columns"]])
    for row in rows:
        writer.writerow([_dig(row, c["path"]) for c in b["columns"]])
    return buf.getvalue()


def _dig(value, path):
    for part in path.split("."):
        if isinstance(value, list):
            value = ",".join(str(_dig(v, part)) for v in value)
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return ""
    return "" if value is None else value


@handles("generate_from_report_template")
def generate_from_report_template(call):
    """A ReportTask per template, SUCCESSED when the task ends."""
    engine = call.engine
    out = []
    for tpl in find(engine, "ReportTemplate", call.body["where"]):
        values = dict(id=engine.store.new_id(), name="%s-%s" % (tpl["name"], engine.now_iso()[:10]), template=tpl["id"],
                      status="EXECUTING", internal=False, createdAt=engine.now_iso())

        def effect(values=values):
            engine.store.insert("ReportTask", dict(values, status="SUCCESSED"))
        task = call.task("Generate report from template %s" % tpl["name"], effect, resource_type="ReportTask",
                         resource_id=values["id"], key="report_task.create")
        out.append(with_task(engine, "ReportTask", draft(engine, "ReportTask", values), task))
    return out
