# coding: utf-8
"""Every filter form, ordering and pagination, against expectations computed from the unfiltered data."""
import pytest

from cloudtower_python_sdk import ClusterApi, DiskApi, HostApi, LabelApi, VmApi, AlertApi, TaskApi


@pytest.fixture(scope="module")
def all_vms(sim):
    return [v.to_dict() for v in VmApi(sim.client).get_vms({})]


def ids(items):
    return [i.id if hasattr(i, "id") else i["id"] for i in items]


def q(sim, where=None, **body):
    if where is not None:
        body["where"] = where
    return ids(VmApi(sim.client).get_vms(body))


def test_world_is_rich_enough(all_vms):
    assert len(all_vms) == 48
    assert set(v["status"] for v in all_vms) >= {"RUNNING", "STOPPED", "SUSPENDED"}
    assert any(v["in_recycle_bin"] for v in all_vms)
    assert any(v["labels"] for v in all_vms) and any(not v["labels"] for v in all_vms)


def test_unfiltered_answer_is_in_id_order(all_vms):
    assert ids(all_vms) == sorted(ids(all_vms))


def _strs(all_vms):
    names = sorted(v["name"] for v in all_vms)
    return names[len(names) // 3], names[len(names) // 2]


OPS = {
    "": lambda v, x: v == x,
    "_not": lambda v, x: v is not None and v != x,
    "_in": lambda v, x: v is not None and v in x,
    "_not_in": lambda v, x: v is not None and v not in x,
    "_lt": lambda v, x: v is not None and v < x,
    "_lte": lambda v, x: v is not None and v <= x,
    "_gt": lambda v, x: v is not None and v > x,
    "_gte": lambda v, x: v is not None and v >= x,
    "_contains": lambda v, x: v is not None and x in v,
    "_not_contains": lambda v, x: v is not None and x not in v,
    "_starts_with": lambda v, x: v is not None and v.startswith(x),
    "_not_starts_with": lambda v, x: v is not None and not v.startswith(x),
    "_ends_with": lambda v, x: v is not None and v.endswith(x),
    "_not_ends_with": lambda v, x: v is not None and not v.endswith(x),
}


@pytest.mark.parametrize("suffix", sorted(OPS))
def test_string_suffixes(sim, all_vms, suffix):
    a, b = _strs(all_vms)
    value = {"_in": [a, b], "_not_in": [a, b], "_contains": "-001", "_not_contains": "-001",
             "_starts_with": "web", "_not_starts_with": "web", "_ends_with": "1", "_not_ends_with": "1"}.get(suffix, a)
    expected = [v["id"] for v in all_vms if OPS[suffix](v["name"], value)]
    got = q(sim, {"name" + suffix: value})
    assert got == expected
    assert 0 < len(got) < len(all_vms) or suffix == ""


@pytest.mark.parametrize("suffix", ["", "_not", "_in", "_not_in", "_lt", "_lte", "_gt", "_gte"])
@pytest.mark.parametrize("field", ["vcpu", "memory", "cpu_usage"])
def test_number_suffixes(sim, all_vms, field, suffix):
    values = sorted(set(v[field] for v in all_vms if v[field] is not None))
    mid = values[len(values) // 2]
    value = [values[0], mid] if suffix in ("_in", "_not_in") else mid
    expected = [v["id"] for v in all_vms if OPS[suffix](v[field], value)]
    assert q(sim, {field + suffix: value}) == expected
    assert expected


@pytest.mark.parametrize("where,pred", [
    ({"status": "RUNNING"}, lambda v: v["status"] == "RUNNING"),
    ({"status_not": "RUNNING"}, lambda v: v["status"] != "RUNNING"),
    ({"status_in": ["STOPPED", "SUSPENDED"]}, lambda v: v["status"] in ("STOPPED", "SUSPENDED")),
    ({"status_not_in": ["STOPPED", "SUSPENDED"]}, lambda v: v["status"] not in ("STOPPED", "SUSPENDED")),
    ({"in_recycle_bin": True}, lambda v: v["in_recycle_bin"]),
    ({"in_recycle_bin_not": True}, lambda v: not v["in_recycle_bin"]),
    ({"deleted_at": None}, lambda v: v["deleted_at"] is None),
    ({"deleted_at_not": None}, lambda v: v["deleted_at"] is not None),
    ({"host": None}, lambda v: v["host"] is None),
])
def test_enum_bool_null(sim, all_vms, where, pred):
    expected = [v["id"] for v in all_vms if pred(v)]
    assert expected
    assert q(sim, where) == expected


def test_to_one_relation(sim, all_vms):
    expected = [v["id"] for v in all_vms if v["cluster"]["name"] == "elf-cluster-2"]
    assert expected and q(sim, {"cluster": {"name": "elf-cluster-2"}}) == expected
    hosts = sorted(set(v["host"]["id"] for v in all_vms if v["host"]))[:2]
    expected = [v["id"] for v in all_vms if v["host"] and v["host"]["id"] in hosts]
    assert q(sim, {"host": {"id_in": hosts}}) == expected


def test_nested_to_one_relation(sim):
    clusters = ClusterApi(sim.client).get_clusters({"where": {"name_starts_with": "elf"}})
    hosts = HostApi(sim.client).get_hosts({})
    host_ids = set(h.id for h in hosts if h.cluster.id in set(c.id for c in clusters))
    disks = DiskApi(sim.client).get_disks({})
    expected = [d.id for d in disks if d.host.id in host_ids]
    got = ids(DiskApi(sim.client).get_disks({"where": {"host": {"cluster": {"id_in": [c.id for c in clusters]}}}}))
    assert expected and got == expected


@pytest.mark.parametrize("suffix", ["_some", "_every", "_none"])
def test_to_many_relation(sim, all_vms, suffix):
    labels = LabelApi(sim.client).get_labels({"where": {"key": "env"}})
    env = set(label.id for label in labels)
    pred = {"_some": lambda ls: any(label["id"] in env for label in ls),
            "_every": lambda ls: all(label["id"] in env for label in ls),
            "_none": lambda ls: not any(label["id"] in env for label in ls)}[suffix]
    expected = [v["id"] for v in all_vms if pred(v["labels"])]
    assert expected
    assert q(sim, {"labels" + suffix: {"key": "env"}}) == expected


def test_to_many_reverse_side(sim, all_vms):
    # Cluster.vms is the inverse of Vm.cluster
    expected = sorted(set(v["cluster"]["id"] for v in all_vms if v["status"] == "SUSPENDED"))
    got = ids(ClusterApi(sim.client).get_clusters({"where": {"vms_some": {"status": "SUSPENDED"}}}))
    assert got == expected
    for c in ClusterApi(sim.client).get_clusters({}):
        assert sorted(ids(c.vms)) == sorted(v["id"] for v in all_vms if v["cluster"]["id"] == c.id)


def test_and_or_not(sim, all_vms):
    running = lambda v: v["status"] == "RUNNING"  # noqa: E731
    big = lambda v: v["vcpu"] >= 4  # noqa: E731
    assert q(sim, {"AND": [{"status": "RUNNING"}, {"vcpu_gte": 4}]}) == \
        [v["id"] for v in all_vms if running(v) and big(v)]
    assert q(sim, {"OR": [{"status": "RUNNING"}, {"vcpu_gte": 4}]}) == \
        [v["id"] for v in all_vms if running(v) or big(v)]
    assert q(sim, {"NOT": [{"status": "RUNNING"}, {"vcpu_gte": 4}]}) == \
        [v["id"] for v in all_vms if not running(v) and not big(v)]
    assert q(sim, {"status": "RUNNING", "OR": [{"name_starts_with": "web"}, {"name_starts_with": "db"}]}) == \
        [v["id"] for v in all_vms if running(v) and v["name"].startswith(("web", "db"))]


@pytest.mark.parametrize("order", ["name_ASC", "name_DESC", "vcpu_ASC", "memory_DESC", "deleted_at_ASC",
                                   "deleted_at_DESC", "local_created_at_DESC"])
def test_order_by(sim, all_vms, order):
    field, desc = order.rsplit("_", 1)
    desc = desc == "DESC"
    present = [v for v in all_vms if v[field] is not None]
    missing = [v for v in all_vms if v[field] is None]
    present.sort(key=lambda v: v[field], reverse=desc)
    expected = (missing + present) if desc else (present + missing)
    got = VmApi(sim.client).get_vms({"orderBy": order})
    assert [v[field] for v in expected] == [getattr(v, field) for v in got]


def test_pagination_forms(sim, all_vms):
    all_ids = ids(all_vms)
    assert q(sim, first=5) == all_ids[:5]
    assert q(sim, first=50, skip=10) == all_ids[10:60]
    assert q(sim, skip=45) == all_ids[45:]
    assert q(sim, last=3) == all_ids[-3:]
    assert q(sim, last=3, skip=2) == all_ids[-5:-2]
    assert q(sim, after=all_ids[9], first=4) == all_ids[10:14]
    assert q(sim, before=all_ids[9], last=4) == all_ids[5:9]
    assert q(sim, after=all_ids[3], before=all_ids[8]) == all_ids[4:8]
    assert q(sim, first=0) == []
    ordered = ids(VmApi(sim.client).get_vms({"orderBy": "name_DESC"}))
    assert q(sim, orderBy="name_DESC", after=ordered[2], first=3) == ordered[3:6]
    running = [v["id"] for v in all_vms if v["status"] == "RUNNING"]
    assert q(sim, {"status": "RUNNING"}, first=2, skip=1) == running[1:3]


def test_unknown_cursor_gives_no_rows(sim, all_vms):
    """Prisma 1 places a cursor by its row; no row with that id, no rows (not an error)."""
    assert q(sim, after="no-such-id") == []
    assert q(sim, before="no-such-id", last=3) == []
    assert VmApi(sim.client).get_vms_connection({"after": "no-such-id"}).aggregate.count == 0


def test_cursor_placed_by_its_row_even_outside_the_where(sim, all_vms):
    stopped = [v["id"] for v in all_vms if v["status"] == "STOPPED"]
    running = [v["id"] for v in all_vms if v["status"] == "RUNNING"]
    cursor = running[len(running) // 2]
    assert q(sim, {"status": "STOPPED"}, after=cursor) == [i for i in stopped if i > cursor]


def test_paging_by_cursor_with_ties_is_stable_while_others_insert(fresh):
    """orderBy with ties: ties are broken by id, so pages chained by cursor see each row once."""
    api = VmApi(fresh.client)
    seen, after = [], None
    while True:
        body = {"orderBy": "status_ASC", "first": 7}
        if after:
            body["after"] = after
        page = api.get_vms(body)
        if not page:
            break
        seen += [v.id for v in page]
        after = page[-1].id
        with fresh.engine.lock:  # another client inserts a VM before this page's place
            fresh.engine.store.insert("Vm", {"name": "late-%d" % len(seen), "status": "RUNNING"})
    before = [v.id for v in api.get_vms({"orderBy": "status_ASC"}) if not v.name.startswith("late-")]
    assert len(seen) == len(set(seen))
    assert [i for i in seen if i in set(before)] == before
    descending = api.get_vms({"orderBy": "status_DESC"})
    keys = [(v.status, v.id) for v in descending]
    assert keys == sorted(keys, reverse=True)


def test_connection_counts(sim, all_vms):
    api = VmApi(sim.client)
    assert api.get_vms_connection({}).aggregate.count == len(all_vms)
    assert api.get_vms_connection({"where": {"status": "RUNNING"}}).aggregate.count == \
        sum(1 for v in all_vms if v["status"] == "RUNNING")
    assert api.get_vms_connection({"where": {"labels_some": {"key": "env"}}, "first": 3}).aggregate.count == 3
    assert ClusterApi(sim.client).get_clusters_connection({}).aggregate.count == 5


def test_id_fast_paths(sim, all_vms):
    some = [all_vms[7]["id"], all_vms[2]["id"], "missing"]
    assert q(sim, {"id_in": some}) == [all_vms[2]["id"], all_vms[7]["id"]]
    assert q(sim, {"id": all_vms[3]["id"], "status": all_vms[3]["status"]}) == [all_vms[3]["id"]]
    assert q(sim, {"id": all_vms[3]["id"], "status_not": all_vms[3]["status"]}) == []


def test_answers_match_the_response_schemas(sim):
    """Every resource type's answer is exactly its schema (validated with the SDK's own checker)."""
    from cloudtower_python_sdk import types
    from cloudtower_python_sdk.simulator import schema
    import urllib3
    import json
    http = urllib3.PoolManager()
    token = sim.client.configuration.api_key["Authorization"]
    ctx = types.WireContext(validate=True, attribute_names=False, what="answer")
    checked = 0
    for path, (type_name, kind) in sorted(schema.query_operations().items()):
        r = http.request("POST", sim.url + path, body=b"{}", headers={"Authorization": token,
                                                                   "Content-Type": "application/json"})
        assert r.status == 200, (path, r.data[:300])
        data = json.loads(r.data)
        op = schema.operations()[path]
        types.parse(op.returns).to_wire(data, ctx, [])
        if kind == "list":
            for item in data:
                assert set(item) == set(schema.model(type_name)._by_key), path
                checked += 1
    assert checked > 300


def test_dashboard_data(sim):
    alerts = AlertApi(sim.client).get_alerts({"where": {"ended": False}})
    assert set(a.severity for a in alerts) >= {"CRITICAL", "NOTICE", "INFO"}
    hosts = HostApi(sim.client).get_hosts({})
    assert set(h.state for h in hosts) == {"IDLE", "IN_USE", "REMOVING"}
    assert len(set(h.status for h in hosts)) >= 4
    disks = DiskApi(sim.client).get_disks({})
    assert set(d.type for d in disks) >= {"SSD", "HDD", "PMem"}
    assert len(set(d.health_status for d in disks)) >= 3
    clusters = ClusterApi(sim.client).get_clusters({})
    assert set(c.type for c in clusters) == {"SMTX_OS", "SMTX_ZBS"}
    assert set(c.hypervisor for c in clusters) >= {"ELF", "VMWARE"}
    assert any(c.recover_data_size for c in clusters)
    tasks = TaskApi(sim.client).get_tasks({})
    assert set(t.status for t in tasks) >= {"SUCCESSED", "FAILED"}


def test_three_valued_logic_with_nulls(sim, all_vms):
    """Prisma 1 on PostgreSQL: a comparison with NULL is unknown; NOT unknown is unknown; only TRUE rows match."""
    binned = [v for v in all_vms if v["deleted_at"] is not None]
    assert binned and len(binned) < len(all_vms)
    when = binned[0]["deleted_at"]
    # NOT(deleted_at = x) is NULL where deleted_at is NULL: those rows are not in the answer
    assert q(sim, {"NOT": [{"deleted_at": when}]}) == [v["id"] for v in binned if v["deleted_at"] != when]
    assert q(sim, {"NOT": [{"deleted_at_gt": "1970-01-01T00:00:00Z"}]}) == []
    assert q(sim, {"NOT": [{"hostname_contains": "zzz"}]}) == \
        [v["id"] for v in all_vms if v["hostname"] is not None]
    # Kleene: unknown OR true is true, unknown AND false is false, NOT(unknown OR false) is unknown
    assert q(sim, {"OR": [{"deleted_at": when}, {"status": "RUNNING"}]}) == \
        [v["id"] for v in all_vms if v["deleted_at"] == when or v["status"] == "RUNNING"]
    assert q(sim, {"NOT": [{"AND": [{"deleted_at": when}, {"status": "RUNNING"}]}]}) == \
        [v["id"] for v in all_vms
         if v["status"] != "RUNNING" or (v["deleted_at"] is not None and v["deleted_at"] != when)]
    assert q(sim, {"NOT": [{"OR": [{"deleted_at": when}, {"name": "no-such-vm"}]}]}) == \
        [v["id"] for v in binned if v["deleted_at"] != when]
    # IS NULL / IS NOT NULL stay two-valued under NOT
    assert q(sim, {"NOT": [{"deleted_at": None}]}) == [v["id"] for v in binned]
    assert q(sim, {"NOT": [{"deleted_at_not": None}]}) == [v["id"] for v in all_vms if v["deleted_at"] is None]
    # relation filters are two-valued: NOT(cluster matches) keeps the VMs of the other clusters
    assert q(sim, {"NOT": [{"cluster": {"name": "elf-cluster-1"}}]}) == \
        [v["id"] for v in all_vms if v["cluster"]["name"] != "elf-cluster-1"]


def test_in_and_not_in_edge_cases(sim, all_vms):
    everything = [v["id"] for v in all_vms]
    # jOOQ: NOT IN () is 1 = 1 (NULLs too), IN () is 1 = 0
    assert q(sim, {"deleted_at_not_in": []}) == everything
    assert q(sim, {"hostname_not_in": []}) == everything
    assert q(sim, {"deleted_at_in": []}) == []
    assert q(sim, {"NOT": [{"deleted_at_in": []}]}) == everything
    # An empty OR/AND/NOT is TRUE (Prisma 1 jOOQ connector)
    assert q(sim, {"OR": []}) == everything and q(sim, {"AND": []}) == everything and q(sim, {"NOT": []}) == everything


def test_null_in_an_in_list_is_is_null():
    """Prisma 1 turns ``x_in: [null]`` into IS NULL and ``x_not_in: [null]`` into IS NOT NULL.

    The SDK's validator (and so the simulator's HTTP side) refuses a null list item, so this is the
    store's own semantics, used by the engine's internal queries."""
    from cloudtower_python_sdk.simulator.store import Store
    from cloudtower_python_sdk.simulator import world
    store = Store(0)
    world.build(store)
    vms = store.all("Vm")

    def where(w):
        return [r["id"] for r in store.query("Vm", {"where": w})]
    null = [v["id"] for v in vms if v["deleted_at"] is None]
    not_null = [v["id"] for v in vms if v["deleted_at"] is not None]
    assert null and not_null
    assert where({"deleted_at_in": [None]}) == null
    assert where({"deleted_at_not_in": [None]}) == not_null
    assert where({"id_in": [None]}) == [] and where({"id_not_in": [None]}) == [v["id"] for v in vms]
    # a null among values: SQL IN (a, NULL) -- TRUE for a, otherwise unknown
    when = vms[[v["id"] for v in vms].index(not_null[0])]["deleted_at"]
    assert where({"deleted_at_in": [when, None]}) == [v["id"] for v in vms if v["deleted_at"] == when]
    assert where({"deleted_at_not_in": [when, None]}) == []
    assert where({"NOT": [{"deleted_at_in": [when, None]}]}) == []


def test_first_and_last_together_is_400(sim):
    from cloudtower_python_sdk import ApiException
    with pytest.raises(ApiException) as e:
        q(sim, first=3, last=2)
    assert e.value.status == 400
    assert "Including a value for both first and last is not supported" in e.value.message
    assert e.value.body and "InvalidConnectionArguments" in str(e.value.body)
    with pytest.raises(ApiException) as e:
        VmApi(sim.client).get_vms_connection({"first": 1, "last": 1})
    assert e.value.status == 400
    before = TaskApi(sim.client).get_tasks_connection({}).aggregate.count
    with pytest.raises(ApiException):
        TaskApi(sim.client).get_tasks({"first": 1, "last": 1})
    assert TaskApi(sim.client).get_tasks_connection({}).aggregate.count == before
