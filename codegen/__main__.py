"""``python -m codegen [SPEC] [--check]``: regenerate the API, the models and the reference docs."""
import argparse
import io
import os
import sys

from . import SPEC, render, spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Folders whose files of these kinds are all generated (``cloudtower/__init__.py`` is written by hand).
GENERATED_DIRS = (("cloudtower_python_sdk/api", (".py", ".pyi")), ("cloudtower_python_sdk/models", (".py", ".pyi")),
                  ("docs/apis", (".md",)), ("docs/models", (".md",)),
                  ("cloudtower", (".pyi",)), ("cloudtower/api", (".pyi",)), ("cloudtower/models", (".pyi",)))


def existing_generated(root):
    """Paths (relative) of the files a previous run generated."""
    found = set()
    for d, kinds in GENERATED_DIRS:
        full = os.path.join(root, d)
        if not os.path.isdir(full):
            continue
        for name in os.listdir(full):
            if name.endswith(kinds):
                found.add("%s/%s" % (d, name))
    for rel in ("docs/reference.md", "cloudtower_python_sdk/_typing.pyi"):
        if os.path.exists(os.path.join(root, rel)):
            found.add(rel)
    return found


def out_of_date(files, root):
    """``(changed, stale)``: the generated paths (relative) whose text under ``root`` is not ``files``',
    and those a previous run generated that are generated no more.
    """
    changed = []
    for rel, text in sorted(files.items()):
        path = os.path.join(root, rel)
        if os.path.exists(path):
            with open(path, "rb") as f:
                if f.read() == text.encode("utf-8"):
                    continue
        changed.append(rel)
    return changed, sorted(existing_generated(root) - set(files))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("spec", nargs="?", default=SPEC, help="the OpenAPI document (default: %(default)s)")
    parser.add_argument("--out", default=ROOT, help="the repository root to write into (default: this checkout)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the output would change")
    args = parser.parse_args(argv)

    files = render.render_all(spec.load(args.spec))
    changed, stale = out_of_date(files, args.out)
    if args.check:
        if changed or stale:
            print("Generated code is out of date (%d files), e.g.:\n  %s\nRun: python -m codegen"
                  % (len(changed) + len(stale), "\n  ".join((changed + [rel + " (stale)" for rel in stale])[:20])))
            return 1
        print("Generated code is up to date (%d files)." % len(files))
        return 0
    for rel in changed:
        path = os.path.join(args.out, rel)
        if not os.path.isdir(os.path.dirname(path)):
            os.makedirs(os.path.dirname(path))
        with io.open(path, "wb") as f:
            f.write(files[rel].encode("utf-8"))
    for rel in stale:
        os.remove(os.path.join(args.out, rel))
    print("Wrote %d of %d generated files." % (len(changed), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
