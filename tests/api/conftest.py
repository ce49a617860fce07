"""Fixtures of the client tests: a test CA and a sandbox serving HTTPS with its certificate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from tupay_desktop.sandbox import Sandbox, SandboxConfig


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_sandbox(ca: trustme.CA, tmp_path: Path) -> Iterator[Any]:
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.private_key_pem.write_to_path(str(key_path))
    for index, blob in enumerate(cert.cert_chain_pems):
        blob.write_to_path(str(cert_path), append=index > 0)
    with Sandbox(config=SandboxConfig(), tls=(cert_path, key_path)) as sb:
        yield sb
