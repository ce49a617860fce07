"""The signer against every shared vector of ../shared/spec/signature-vectors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tupay_desktop.api.signing import payload_signature, signature_matches

_CANDIDATES = [
    Path(__file__).resolve().parents[3] / "shared" / "spec" / "signature-vectors.json",
    Path(__file__).resolve().parents[1] / "data" / "signature-vectors.json",
]
VECTORS_FILE = next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[-1])
VECTORS = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))
CASHOUT_VECTORS = [v for v in VECTORS if "DEPOSIT" not in v["description"]]


def test_all_vectors_are_loaded() -> None:
    assert len(VECTORS) == 11


@pytest.mark.parametrize("vector", CASHOUT_VECTORS, ids=lambda v: v["description"][:60])
def test_cashout_vector(vector: dict[str, str]) -> None:
    body = vector["payload"].encode("utf-8")
    assert payload_signature(vector["secret"], body) == vector["signature"]
    assert signature_matches(vector["secret"], body, vector["signature"])


def test_deposit_vector_is_the_documented_contrast() -> None:
    """Vector 11 signs X-Date + X-Login + body: the same HMAC over a different message."""
    (deposit,) = [v for v in VECTORS if "DEPOSIT" in v["description"]]
    assert payload_signature(deposit["secret"], deposit["payload"].encode("utf-8")) == deposit["signature"]


def test_signature_is_lowercase_hex_and_byte_sensitive() -> None:
    a = payload_signature("k", b'{"a":"/"}')
    b = payload_signature("k", b'{"a":"\\/"}')
    assert a != b
    assert a == a.lower() and len(a) == 64
    assert not signature_matches("k", b"x", a)
