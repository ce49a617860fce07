"""TLS: the client verifies certificates always; a trusted CA works, an untrusted one sends nothing."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
import trustme

from tupay_desktop.api.client import CashoutClient, NetworkErrorKind, classify_network_error
from tupay_desktop.api.diagnosis import diagnose
from tupay_desktop.api.models import Created, NetworkError, StatusResult
from tupay_desktop.sandbox import Sandbox, SandboxConfig

from .test_client import assert_no_secrets, make_request


def _trusting_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ca.configure_trust(context)
    return context


def test_trusted_ca_works(tls_sandbox: Any, ca: trustme.CA) -> None:
    assert tls_sandbox.url.startswith("https://")
    with CashoutClient(tls_sandbox.url, tls_sandbox.credentials, ssl_context=_trusting_context(ca)) as c:
        created = c.create(make_request())
        assert isinstance(created, Created), created
        status = c.status(cashout_id=created.cashout_id)
        assert isinstance(status, StatusResult) and status.status.code == 0


def test_untrusted_certificate_is_a_network_error_and_nothing_reaches_the_server(tls_sandbox: Any) -> None:
    # Default context: the OS trust store (truststore), which does not know the test CA.
    with CashoutClient(tls_sandbox.url, tls_sandbox.credentials) as c:
        outcome = c.create(make_request())
    assert isinstance(outcome, NetworkError), outcome
    assert classify_network_error(outcome) is NetworkErrorKind.TLS_CERTIFICATE
    assert "certificate" in outcome.message.lower()
    assert "Nothing was sent" in outcome.message
    assert tls_sandbox.cashouts() == []
    assert_no_secrets(outcome, tls_sandbox.credentials)


def test_certificate_for_another_host_is_refused(ca: trustme.CA, tmp_path: Path) -> None:
    cert = ca.issue_cert("api.tupay.example")
    cert_path, key_path = tmp_path / "other.pem", tmp_path / "other.key"
    cert.private_key_pem.write_to_path(str(key_path))
    cert.cert_chain_pems[0].write_to_path(str(cert_path))
    with Sandbox(config=SandboxConfig(), tls=(cert_path, key_path)) as sb:
        with CashoutClient(sb.url, sb.credentials, ssl_context=_trusting_context(ca)) as c:
            outcome = c.create(make_request())
        assert isinstance(outcome, NetworkError), outcome
        assert classify_network_error(outcome) is NetworkErrorKind.TLS_CERTIFICATE
        assert sb.cashouts() == []


def test_a_context_that_does_not_verify_is_rejected(tls_sandbox: Any) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="verify"):
        CashoutClient(tls_sandbox.url, tls_sandbox.credentials, ssl_context=context)


def test_diagnosis_explains_untrusted_certificate(tls_sandbox: Any) -> None:
    with CashoutClient(tls_sandbox.url, tls_sandbox.credentials) as c:
        result = diagnose(c)
    assert not result.ok
    assert result.verdict == "Certificate not trusted"
    assert "trust store" in result.detail
