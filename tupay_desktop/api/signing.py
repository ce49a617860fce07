"""The cashout ``Payload-Signature``: lowercase hex HMAC-SHA256 of the exact request body bytes.

The one signer of the project (spec §4.2). The message is the raw body as sent on the wire; an
empty body signs the empty string. Deposit signatures (spec §11) are a different scheme and are
deliberately not implemented here: ``Authorization: TUPAY <hex>`` over ``X-Date + X-Login + body``
per the English docs — and a second public TuPay Peru client signs deposits with the prefix ``D24 ``
instead (spec §11, §13.19). None of that applies to cashouts, which sign only the body.
"""

from __future__ import annotations

HEADER = "Payload-Signature"


def payload_signature(secret: str, body: bytes) -> str:
    """Return the lowercase hex HMAC-SHA256 of ``body`` keyed with the API Signature ``secret``."""
    import hashlib  # imported on first use (OpenSSL's libcrypto): not on the way to the first frame
    import hmac

    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def signature_matches(secret: str, body: bytes, presented: str) -> bool:
    """Constant-time check of a presented signature (used by the sandbox)."""
    import hmac

    return hmac.compare_digest(payload_signature(secret, body), presented)
