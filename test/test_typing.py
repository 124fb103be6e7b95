# coding: utf-8
"""Static typing: pyright (basic mode) and mypy read the stubs as a user's editor would.

* ``test/typing/good.py`` (typed usage, ``assert_type`` on answers, fields, enums,
  async results, errors): no error from either checker;
* ``test/typing/bad.py`` (typical mistakes) and ``deprecated.py`` (1.9.0 names):
  each checker reports an error on exactly the lines marked ``# error:``;
* ``test/typing/peer.py`` (the peer SDK's import paths) and ``examples/`` (every file, new ones
  included): no error.

Each checker runs once over all of these files (loading the SDK's stubs is most of its
cost); the two run side by side.  pyright sees the package installed, as a user's project
does: a typed package then exports only what its ``__all__`` and ``import X as X`` forms say.

The checkers (and the jedi completion test) run with ``CLOUDTOWER_TYPECHECK=1``, as CI's type-check
step does: together they cost more CPU than the rest of the suite, which the README's command keeps
quick.  With it, a missing checker is a failure, not a skip.  The run-time tests below always run.
"""
import os
import re
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT

TYPING = os.path.join(ROOT, "test", "typing")
EXAMPLES = os.path.join(ROOT, "examples")
REQUIRED = os.environ.get("CLOUDTOWER_TYPECHECK") == "1"
# pyright: "  /abs/path.py:14:10 - error: ..."; mypy: "path.py:14: error: ..."
_LOCATION = re.compile(r"^[ \t]*(?P<path>[^\s:][^:\n]*\.py):(?P<line>\d+)(?::\d+)?(?: - |: )error\b", re.M)
# What a user's module imports from the package's top level and its two big namespaces.
TOP_LEVEL = (u"from cloudtower_python_sdk import ApiClient, GetVmsRequestBodyDict, Vm, VmApi\n"
             u"from cloudtower_python_sdk.api import DefaultApi, VmApi as V\n"
             u"from cloudtower_python_sdk.models import VmStatus, VmWhereInputDict\n")


def _static_checks_asked():
    """Skip unless CLOUDTOWER_TYPECHECK=1; then a checker that cannot run is a failure."""
    if not REQUIRED:
        pytest.skip("static type checks: run with CLOUDTOWER_TYPECHECK=1 (CI's type-check step does)")
    if sys.version_info < (3, 8):
        pytest.fail("CLOUDTOWER_TYPECHECK=1 needs Python 3.8+ (the type checkers and jedi do)")


def _checker(name):
    _static_checks_asked()
    found = shutil.which(name) or shutil.which(name, path=os.path.dirname(sys.executable))
    if found is None:
        pytest.fail("CLOUDTOWER_TYPECHECK=1 but %s is not installed (pip install pyright mypy)" % name)
    return found


def checked_files():
    """The files both checkers read: test/typing's four and every example."""
    files = [os.path.join(TYPING, n) for n in ("good.py", "bad.py", "deprecated.py", "peer.py")]
    files += sorted(os.path.join(EXAMPLES, n) for n in os.listdir(EXAMPLES) if n.endswith(".py"))
    names = [os.path.basename(f) for f in files]
    assert len(set(names)) == len(names), "an example has the name of a file of test/typing"
    return files


def _pyright_command(exe, workdir):
    """pyright over copies of the checked files, next to the package as a user's site-packages holds it."""
    site, src = os.path.join(workdir, "site"), os.path.join(workdir, "src")
    os.makedirs(site)
    os.makedirs(src)
    for package in ("cloudtower_python_sdk", "cloudtower"):
        os.symlink(os.path.join(ROOT, package), os.path.join(site, package))
    copies = {}
    for path in checked_files():
        copies[os.path.join(src, os.path.basename(path))] = path
        shutil.copy(path, src)
    with open(os.path.join(src, "top_level.py"), "w") as f:
        f.write(TOP_LEVEL)
    shutil.copy(os.path.join(TYPING, "pyrightconfig.json"), src)
    env = dict(os.environ, PYTHONPATH=site)
    return [exe, "--pythonpath", sys.executable], src, env, copies


def _mypy_command(exe):
    env = dict(os.environ, MYPYPATH=ROOT)
    return ([exe, "--config-file", os.path.join(TYPING, "mypy.ini"), "--cache-dir", os.path.join(ROOT, ".mypy_cache")]
            + checked_files()), ROOT, env, {}


class Report(object):
    """What one checker said: the errors as {(path of the checked file, line)} and its whole output."""

    def __init__(self, name, proc, cwd, copies):
        out = proc.communicate()[0].decode("utf-8", "replace")
        self.name, self.out = name, out
        self.errors = set()
        for m in _LOCATION.finditer(out):
            path = os.path.abspath(os.path.join(cwd, m.group("path")))
            self.errors.add((copies.get(path, path), int(m.group("line"))))
        if proc.returncode not in (0, 1) or (proc.returncode == 1 and not self.errors):
            raise AssertionError("%s did not run:\n%s" % (name, out))

    def errors_in(self, path):
        return sorted(line for p, line in self.errors if p == path)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Both checkers started at once, and each one's Report."""
    exes = dict((name, _checker(name)) for name in ("pyright", "mypy"))  # both found before either starts
    running = {}
    for name, exe in exes.items():
        if name == "pyright":
            cmd, cwd, env, copies = _pyright_command(exe, str(tmp_path_factory.mktemp("pyright")))
        else:
            cmd, cwd, env, copies = _mypy_command(exe)
        running[name] = (subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT),
                         cwd, copies)
    return dict((name, Report(name, *run)) for name, run in running.items())


@pytest.fixture(params=["pyright", "mypy"])
def report(request, reports):
    return reports[request.param]


def marked_lines(path):
    with open(path) as f:
        return set(i for i, line in enumerate(f, 1) if re.search(r"#\s*error:", line))


@pytest.mark.parametrize("name", ["good.py", "peer.py"])
def test_typed_usage_has_no_error(report, name):
    # peer.py: the peer SDK's import paths (``cloudtower.api.vm_api``...), typed by cloudtower/**.pyi.
    assert report.errors_in(os.path.join(TYPING, name)) == [], report.out


@pytest.mark.parametrize("name, least", [("bad.py", 15), ("deprecated.py", 3)])
def test_each_typical_mistake_is_reported_on_its_line(report, name, least):
    # bad.py: typical mistakes; deprecated.py: 1.9.0 names, with deprecation reports made errors.
    bad = os.path.join(TYPING, name)
    expected = marked_lines(bad)
    assert len(expected) >= least
    reported = set(report.errors_in(bad))
    assert sorted(expected - reported) == [], "not reported:\n" + report.out
    assert sorted(reported - expected) == [], "reported on unmarked lines:\n" + report.out


def test_examples_have_no_error(report):
    examples = set(checked_files()[4:])
    assert examples
    assert sorted(error for error in report.errors if error[0] in examples) == [], report.out


def test_nothing_else_is_reported(report):
    # Errors only in the checked files: none in the SDK's stubs, none in top_level.py's imports.
    checked = set(checked_files())
    assert sorted(error for error in report.errors if error[0] not in checked) == [], report.out


def test_marks_are_read():
    # The comparison above means something only if the marks are found.
    assert marked_lines(os.path.join(TYPING, "good.py")) == set()
    assert 14 in marked_lines(os.path.join(TYPING, "bad.py"))


# -- what Python itself shows: help(), inspect, calls on the class ----------------------------------------

def test_an_operation_is_callable_on_the_class_like_a_method():
    from cloudtower_python_sdk.api import VmApi
    from helpers import offline_client
    vm_api = VmApi(offline_client())
    assert callable(VmApi.get_vms) and callable(VmApi.get_vms_with_http_info)
    with pytest.raises(Exception) as info:  # checked, then sent to a closed port
        VmApi.get_vms(vm_api, {"wher": {}})
    assert "wher" in str(info.value) and "where" in str(info.value)


def test_help_shows_the_operation_its_arguments_and_answer():
    import pydoc
    from cloudtower_python_sdk.api import VmApi
    from helpers import offline_client
    bound = VmApi(offline_client()).get_vms
    assert bound.__name__ == "get_vms"
    assert bound.__qualname__ == "VmApi.get_vms"
    # pydoc before 3.9 documents an instance by its class; the instance's own __doc__ is the same text.
    text = pydoc.plain(pydoc.render_doc(bound)) if sys.version_info >= (3, 9) else bound.__doc__
    assert "POST /get-vms" in text and "get_vms_request_body: GetVmsRequestBody" in text and "Returns: list[Vm]" in text
    page = pydoc.plain(pydoc.render_doc(VmApi))
    assert "start_vm" in page and "Returns: list[WithTaskVm]" in page
    assert "Returns: (list[Vm], status, headers)" in VmApi.get_vms_with_http_info.__doc__


@pytest.mark.skipif(sys.version_info < (3, 6), reason="inspect.Signature: Python 3")
def test_inspect_signature_shows_the_real_parameters():
    import inspect
    from cloudtower_python_sdk.api import ContentLibraryImageApi, VmApi
    from helpers import offline_client
    sig = inspect.signature(VmApi(offline_client()).get_vms)
    assert list(sig.parameters) == ["get_vms_request_body", "async_req", "options"]
    assert sig.return_annotation == "list[Vm]"
    assert list(inspect.signature(VmApi.get_vms).parameters)[0] == "self"
    upload = inspect.signature(ContentLibraryImageApi(offline_client()).create_content_library_image)
    assert list(upload.parameters)[:2] == ["file", "clusters"] and upload.parameters["name"].default is None
    assert VmApi.get_vms.__qualname__ == "VmApi.get_vms"


def test_help_of_a_model_lists_each_field_with_its_type():
    import pydoc
    from cloudtower_python_sdk.models import GetVmsRequestBody, Vm
    text = pydoc.plain(pydoc.render_doc(Vm))
    assert "vcpu: int\n" in text and "cluster: NestedCluster | None" in text
    assert "order_by: VmOrderByInput | None (JSON name 'orderBy')" in GetVmsRequestBody.__doc__


def test_a_model_of_another_class_is_sent_by_its_fields_and_still_checked():
    from cloudtower_python_sdk.api import VmApi
    from cloudtower_python_sdk.exceptions import ApiValueError
    from cloudtower_python_sdk.models import VmOperateParams, VmStartParams, VmWhereInput
    from helpers import offline_client
    vm_api = VmApi(offline_client())
    op = VmApi.delete_vm
    body = op.serialize(vm_api.api_client, (VmOperateParams(where=VmWhereInput(id="vm-1")),), {})[0]
    assert body == {"where": {"id": "vm-1"}}
    with pytest.raises(ApiValueError) as info:  # VmStartParams has 'data', which delete_vm's body has not
        op.serialize(vm_api.api_client, (VmStartParams(where={"id": "vm-1"}, data={"host_id": "h"}),), {})
    assert "'data'" in str(info.value) and "VmDeleteParams" in str(info.value)


def test_jedi_completes_fields_operations_and_top_level_names():
    # jedi: the completion engine of many editors (and of IPython).
    _static_checks_asked()
    try:
        import jedi
    except ImportError:
        pytest.fail("CLOUDTOWER_TYPECHECK=1 but jedi is not installed (pip install jedi)")
    project = jedi.Project(ROOT)

    def complete(source):
        lines = source.split("\n")
        script = jedi.Script(source, path=os.path.join(ROOT, "completion.py"), project=project)
        return [c.name for c in script.complete(len(lines), len(lines[-1]))]

    head = ("from cloudtower_python_sdk import ApiClient, VmApi\n"
            "vm_api = VmApi(ApiClient())\n"
            "vm = vm_api.get_vms({'first': 1})[0]\n")
    assert "vcpu" in complete(head + "vm.vc")
    assert "get_vms_with_http_info" in complete(head + "vm_api.get_vm")
    assert complete("from cloudtower_python_sdk.models import VmStat")[:1] == ["VmStatus"]


def test_the_typed_dict_names_of_the_stubs_are_dicts_at_run_time():
    # So that ``body: GetVmsRequestBodyDict = {...}`` (or a type comment) can import the name.
    from cloudtower_python_sdk import VmWhereInputDict
    from cloudtower_python_sdk.models import GetVmsRequestBodyDict
    assert GetVmsRequestBodyDict is dict and VmWhereInputDict is dict
    assert GetVmsRequestBodyDict(first=1) == {"first": 1}
    with pytest.raises(ImportError):
        from cloudtower_python_sdk.models import NoSuchModelDict  # noqa: F401
