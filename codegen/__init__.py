"""The generator: CloudTower OpenAPI document -> ``cloudtower_python_sdk/api``, ``/models`` and ``docs/``.

Run ``python -m codegen [SPEC]`` from the repository root; ``--check`` only
reports whether the committed output matches the spec.
"""
