"""``python -m tupay_desktop.sandbox`` as an operator runs it, and HTTPS with a trustme CA."""

from __future__ import annotations

import os
import shlex
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

from tests.sandbox.support import call, created_id, creation_fields, lookup_fields
from tupay_desktop.api.models import Credentials
from tupay_desktop.sandbox import Fault, Sandbox


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def cli_process(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUPAY_API_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tupay_desktop.sandbox", "--port", str(port), "--latency", "0",
         "--balance", "500", "--state", str(tmp_path / "cli-state.json")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("Press Ctrl+C"):
                break
        yield proc, lines
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_module_entry_point_serves_and_prints_pasteable_credentials(
    cli_process: tuple[subprocess.Popen[str], list[str]],
) -> None:
    proc, lines = cli_process
    assert lines and lines[0].startswith("TuPay sandbox listening on http://127.0.0.1:"), lines
    exports: dict[str, str] = {}
    for line in lines:
        if line.startswith("export "):
            name, _, value = line[len("export "):].partition("=")
            exports[name] = shlex.split(value)[0]
    assert set(exports) == {"TUPAY_SANDBOX_URL", "TUPAY_API_KEY", "TUPAY_API_PASSPHRASE",
                            "TUPAY_API_SIGNATURE", "TUPAY_MERCHANTS_ACCESS_KEY", "TUPAY_MERCHANTS_SECRET_KEY"}
    assert len(exports["TUPAY_API_KEY"]) <= 32 and len(exports["TUPAY_API_PASSPHRASE"]) <= 32

    class Remote:  # enough of a Sandbox for the request helpers
        url = exports["TUPAY_SANDBOX_URL"]
        credentials = Credentials(exports["TUPAY_API_KEY"], exports["TUPAY_API_PASSPHRASE"],
                                  exports["TUPAY_API_SIGNATURE"])

    remote = Remote()
    with httpx.Client(timeout=5) as client:
        response = call(remote, "POST", "/v3/cashout", creation_fields(remote, amount="600"),
                        client=client)
        assert response.json()["code"] == 514  # --balance 500
        cashout_id = created_id(call(remote, "POST", "/v3/cashout",
                                     creation_fields(remote, amount="20"), client=client))
        answer = call(remote, "POST", "/v3/cashout/status",
                      lookup_fields(remote, cashout_id=cashout_id), client=client)
        assert answer.json()["cashout_status"] == 0
        login = client.post(remote.url + "/v1/auth/login",
                            json={"accessKey": exports["TUPAY_MERCHANTS_ACCESS_KEY"],
                                  "secretKey": exports["TUPAY_MERCHANTS_SECRET_KEY"]})
        assert login.status_code == 200 and "BEARER_TOKEN" in login.cookies
    proc.terminate()
    assert proc.wait(timeout=10) == 0
    assert proc.stderr is not None
    assert exports["TUPAY_API_PASSPHRASE"] not in proc.stderr.read()


def test_cli_uses_credentials_from_the_environment(tmp_path: Path) -> None:
    env = dict(os.environ, TUPAY_API_KEY="env-key", TUPAY_API_PASSPHRASE="env-pass",
               TUPAY_API_SIGNATURE="env-secret")
    proc = subprocess.Popen([sys.executable, "-m", "tupay_desktop.sandbox"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert proc.stdout is not None
        output = [proc.stdout.readline() for _ in range(7)]
        assert "export TUPAY_API_KEY=env-key\n" in output
        assert "export TUPAY_API_SIGNATURE=env-secret\n" in output
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_in_process_credentials_from_env_or_generated(monkeypatch: pytest.MonkeyPatch) -> None:
    generated = Sandbox()
    assert len(generated.credentials.api_key) <= 32 and len(generated.credentials.passphrase) <= 32
    assert Sandbox().credentials.signature_secret != generated.credentials.signature_secret
    monkeypatch.setenv("TUPAY_API_KEY", "k")
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", "p")
    assert Sandbox().credentials.api_key != "k"  # all three are needed
    monkeypatch.setenv("TUPAY_API_SIGNATURE", "s")
    assert Sandbox().credentials.secrets() == ("k", "p", "s")


def test_tls_with_a_trustme_ca(tmp_path: Path) -> None:
    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", "localhost")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    leaf.cert_chain_pems[0].write_to_path(str(cert))
    leaf.private_key_pem.write_to_path(str(key))
    trust = ssl.create_default_context()
    ca.configure_trust(trust)
    with Sandbox(tls=(cert, key)) as sb:
        assert sb.url.startswith("https://127.0.0.1:")
        with httpx.Client(verify=trust, timeout=5) as client:
            cashout_id = created_id(call(sb, "POST", "/v3/cashout", creation_fields(sb), client=client))
            answer = call(sb, "POST", "/v3/cashout/status", lookup_fields(sb, cashout_id=cashout_id),
                          client=client)
            assert answer.json()["cashout_status"] == 0
        with httpx.Client(timeout=5) as untrusting, pytest.raises(httpx.ConnectError):
            untrusting.post(sb.url + "/v3/cashout/status", content=b"{}")
        with httpx.Client(timeout=5) as plain, pytest.raises(httpx.TransportError):
            plain.post(sb.url.replace("https://", "http://") + "/v3/cashout/status", content=b"{}")
        # the server keeps serving after failed handshakes; faults work over TLS too
        with httpx.Client(verify=trust, timeout=5) as client:
            sb.inject(Fault.RESET_AFTER_COMMIT)
            with pytest.raises(httpx.TransportError):
                call(sb, "POST", "/v3/cashout", creation_fields(sb, external_id="tls-reset"), client=client)
            assert sb.find(external_id="tls-reset") is not None
            sb.inject(Fault.TRUNCATED_BODY)
            with pytest.raises(httpx.TransportError):
                call(sb, "POST", "/v3/cashout/status", lookup_fields(sb, cashout_id=cashout_id),
                     client=client)
            answer = call(sb, "POST", "/v3/cashout/status", lookup_fields(sb, cashout_id=cashout_id),
                          client=client)
            assert answer.status_code == 200
