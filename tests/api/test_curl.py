"""The "Copy as cURL" snippet: no secret in it, parses as shell, and really replays the request."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from tupay_desktop.api.client import CashoutClient
from tupay_desktop.api.curl import body_expression, curl_for_exchange, curl_snippet
from tupay_desktop.api.models import CashoutRequest, Created, Exchange, StatusResult
from tupay_desktop.api.signing import payload_signature


def _make_request() -> CashoutRequest:
    return CashoutRequest(
        external_id=f"curl-{uuid.uuid4().hex[:12]}",
        amount=Decimal("150.00"),
        currency="PEN",
        document_type="DNI",
        document_id="71594743",
        beneficiary_name="José",
        beneficiary_lastname="O'Brien Peña",
        bank_account="00219300153895206813",
        account_type="S",
        notification_url="https://merchant.example/notify?a=1&b=$HOME",
        comments="it's `quoted` \"text\" $(id)",
    )


def _sh(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/sh", "-c", script], env={**os.environ, **env}, capture_output=True, text=True,
        timeout=20, check=False,
    )


def _logical_lines(snippet: str) -> list[str]:
    return [line for line in snippet.replace("\\\n", "").splitlines() if line and not line.startswith("#")]


def test_body_expression_expands_to_the_body_with_credentials() -> None:
    body = '{"login":"***","pass":"***","external_id":"it\'s $x `y`","cashout_id":7}'
    script = f"BODY={body_expression(body)}; printf %s \"$BODY\""
    done = _sh(script, {"TUPAY_API_KEY": "KEY1", "TUPAY_API_PASSPHRASE": "PA'SS"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "login": "KEY1", "pass": "PA'SS", "external_id": "it's $x `y`", "cashout_id": 7,
    }


def test_snippet_has_placeholders_not_secrets_and_parses_with_shlex() -> None:
    exchange = Exchange(
        method="POST",
        url="https://api-stg.tupayonline.com/v3/cashout/status",
        request_headers=(("Payload-Signature", "ab" * 32), ("Content-Type", "application/json"),
                         ("User-Agent", "Desk/1"), ("Host", "api-stg.tupayonline.com"),
                         ("Content-Length", "60")),
        request_body='{"login":"***","pass":"***","cashout_id":12}',
        started_at=datetime.now(UTC),
    )
    snippet = curl_for_exchange(exchange)
    assert "$TUPAY_API_KEY" in snippet and "$TUPAY_API_PASSPHRASE" in snippet
    assert "$TUPAY_API_SIGNATURE" in snippet
    assert "***" not in snippet
    assert "ab" * 32 in snippet  # the original signature, as a comment
    assert "Content-Length" not in snippet and "Host:" not in snippet
    lines = _logical_lines(snippet)
    assert [line.split("=", 1)[0] for line in lines[:2]] == ["BODY", "SIG"]
    words = shlex.split(lines[-1])
    assert words[:5] == ["curl", "-sS", "-X", "POST", exchange.url]
    assert "Payload-Signature: $SIG" in words and "User-Agent: Desk/1" in words
    assert words[-2:] == ["--data-raw", "$BODY"]
    body_words = shlex.split(lines[0])
    assert body_words == ['BODY={"login":"$TUPAY_API_KEY","pass":"$TUPAY_API_PASSPHRASE","cashout_id":12}']
    for line in lines:
        shlex.split(line)  # balanced quotes on every line


def test_snippet_without_secret_fields_and_a_content_type() -> None:
    snippet = curl_snippet("delete", "http://127.0.0.1:1/x", "", ())
    lines = _logical_lines(snippet)
    assert lines[0] == "BODY=''"
    words = shlex.split(lines[-1])
    assert words[2:4] == ["-X", "DELETE"]
    assert "Content-Type: application/json" in words


@pytest.mark.skipif(not (shutil.which("curl") and shutil.which("openssl")), reason="needs curl and openssl")
def test_snippet_replays_against_the_sandbox(sandbox: Any) -> None:
    """Run the copied snippet with the real curl: the sandbox accepts its signature and body."""
    creds = sandbox.credentials
    env = {"TUPAY_API_KEY": creds.api_key, "TUPAY_API_PASSPHRASE": creds.passphrase,
           "TUPAY_API_SIGNATURE": creds.signature_secret}
    with CashoutClient(sandbox.url, creds) as client:
        request = _make_request()
        created = client.create(request)
        assert isinstance(created, Created)
        status = client.status(cashout_id=created.cashout_id, external_id=request.external_id)
        assert isinstance(status, StatusResult)

    for secret in creds.secrets():
        assert secret not in curl_for_exchange(created.exchange)

    done = _sh(curl_for_exchange(status.exchange), env)
    assert done.returncode == 0, done.stderr
    assert "cashout_status" in json.loads(done.stdout)

    # A create replayed with a fresh external_id creates a second cashout with the exact fields.
    exchange = created.exchange
    new_id = f"curl-{uuid.uuid4().hex[:12]}"
    replayed = replace(exchange, request_body=exchange.request_body.replace(request.external_id, new_id))
    done = _sh(curl_for_exchange(replayed), env)
    assert done.returncode == 0, done.stderr
    assert "cashout_id" in json.loads(done.stdout), done.stdout
    copy = sandbox.find(external_id=new_id)
    assert copy is not None
    assert copy.beneficiary_lastname == "O'Brien Peña"


def test_signature_recomputed_matches_python() -> None:
    """The openssl pipeline computes the same HMAC as the project's signer."""
    if not shutil.which("openssl"):
        pytest.skip("needs openssl")
    body = '{"login":"***","pass":"***","name":"José"}'
    script = (
        f"BODY={body_expression(body)}\n"
        'printf %s "$(printf %s "$BODY" | openssl dgst -sha256 -hmac "$TUPAY_API_SIGNATURE"'
        " | sed 's/^.* //')\""
    )
    done = _sh(script, {"TUPAY_API_KEY": "k", "TUPAY_API_PASSPHRASE": "p", "TUPAY_API_SIGNATURE": "s3cr3t"})
    expected = payload_signature("s3cr3t", '{"login":"k","pass":"p","name":"José"}'.encode())
    assert done.stdout == expected
