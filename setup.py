# coding: utf-8
"""Packaging of cloudtower-python-sdk: ``pip install .``, or ``python -m build`` for the wheel and the sdist."""
import io
import os
import re

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def read(*parts):
    with io.open(os.path.join(HERE, *parts), encoding="utf-8") as f:
        return f.read()


VERSION = re.search(r'__version__ = "([^"]+)"', read("cloudtower_python_sdk", "_version.py")).group(1)

setup(
    name="cloudtower-python-sdk",
    version=VERSION,
    description="Python SDK for SmartX CloudTower (API 4.6.0), with a local CloudTower simulator",
    long_description=read("README.md"),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    # ``cloudtower``: the peer SDK's import name, an alias of this package (cloudtower/__init__.py).
    packages=find_packages(include=["cloudtower_python_sdk", "cloudtower_python_sdk.*", "cloudtower"]),
    # Type information (PEP 561): the generated stubs and the marker that says the package is typed.
    package_data={"cloudtower_python_sdk": ["py.typed", "*.pyi", "api/*.pyi", "models/*.pyi"],
                  "cloudtower": ["py.typed", "*.pyi", "api/*.pyi", "models/*.pyi"]},
    python_requires=">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*, !=3.5.*",
    install_requires=[
        "urllib3>=1.25.3,<3",
        "python-dateutil>=2.8",
        "six>=1.10",
        "certifi>=2017.4.17",
    ],
    entry_points={"pytest11": ["cloudtower_simulator = cloudtower_python_sdk.pytest_plugin"]},
    classifiers=[
        "Programming Language :: Python :: 2",
        "Programming Language :: Python :: 2.7",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.6",
        "Programming Language :: Python :: 3.13",
        "Topic :: System :: Systems Administration",
    ],
    zip_safe=False,
)
