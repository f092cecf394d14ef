"""One PostgreSQL cluster for the whole run (started when the first server test needs it), a fresh database
for each test."""

from __future__ import annotations

import itertools
import os

import pytest

from .cluster import Cluster, bin_dir

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def cluster():
    if bin_dir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL (initdb) is not installed, but CI must run the server tests: "
                        "install postgresql (.ci/setup does)")
        pytest.skip("PostgreSQL is not installed here; CI runs these tests")
    running = Cluster().start()
    yield running
    running.stop()


@pytest.fixture
def database(cluster: Cluster) -> str:
    """The URL of an empty database of this test, without a plan name."""
    return cluster.create_database(f"test_{next(_numbers)}")
