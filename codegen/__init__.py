"""The generator: CloudTower OpenAPI document -> ``cloudtower_python_sdk/api``, ``/models`` and ``docs/``.

Run ``python -m codegen [SPEC]`` from the repository root; ``--check`` only
reports whether the committed output matches the spec.
"""
import os

# The one place that says where the spec lives: ``spec/`` of this repository.
SPEC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                    "spec", "cloudtower-api-4.6.0.json")
