"""Save one HTTP exchange to a file, for a colleague or TuPay's support — redacted, private.

The file is indented JSON: the method, URL, start time, duration, HTTP status, both header lists and
both bodies — each body twice: ``"json"`` (the parsed body, numbers exactly as they came, e.g.
``320.50``) and ``"exact"`` (the text exactly as sent or received, compact). ``login`` and ``pass``
are ``***``: every body and the error text go through :func:`tupay_desktop.api.models.redact_body`
(the one place that redacts) again, though an :class:`~tupay_desktop.api.models.Exchange` arrives
redacted already, so no code path here can write a secret. The signature header is kept (it is safe
to show; it was computed over the exact bytes with the real ``login``/``pass``, so it does not match
the redacted text). The file is created readable by this user only (``0600``): it names a
beneficiary. The save dialog opens in the user's Documents folder.
"""

from __future__ import annotations

import http
from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import tupay_desktop
from tupay_desktop.api.models import REDACTED, Exchange, redact_body
from tupay_desktop.store.paths import open_private
from tupay_desktop.ui.files import default_save_path
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.json_tree import dump_pretty, parse_json

#: What the file says about itself (English: the file is for support, like the cURL snippet).
NOTE = (
    f"login and pass are shown as {REDACTED}. The payload-signature header was computed over the "
    "exact request bytes with the real login and pass, so it does not match the redacted text."
)


def _reason(status_code: int) -> str:
    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return ""


def _body(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    exact = redact_body(text)
    try:
        parsed: Any = parse_json(exact)
    except ValueError:
        parsed = None
    return {"json": parsed, "exact": exact}


def exchange_document(exchange: Exchange, environment: str = "") -> dict[str, Any]:
    """The saved form of ``exchange`` (of the environment keyed ``environment``), redacted."""
    status = exchange.status_code
    return {
        "saved_by": f"TuPay Cashout Desk {tupay_desktop.__version__}",
        "note": NOTE,
        "environment": environment,
        "method": exchange.method,
        "url": exchange.url,
        "started_at": exchange.started_at.astimezone(UTC).isoformat(),
        "elapsed_ms": round(exchange.elapsed_ms, 1) if exchange.elapsed_ms is not None else None,
        "status_code": status,
        "reason": _reason(status) if status is not None else None,
        "error": redact_body(exchange.error) if exchange.error is not None else None,
        "request": {
            "headers": [[name, value] for name, value in exchange.request_headers],
            "body": _body(exchange.request_body),
        },
        "response": {
            "headers": [[name, value] for name, value in exchange.response_headers],
            "body": _body(exchange.response_body),
        },
    }


def exchange_file_text(exchange: Exchange, environment: str = "") -> str:
    """The file's text: :func:`exchange_document` as indented JSON, amounts exactly as they came."""
    return dump_pretty(exchange_document(exchange, environment)) + "\n"


def write_exchange_file(path: Path, exchange: Exchange, environment: str = "") -> None:
    """Write ``exchange`` to ``path``, readable by this user only. Raises ``OSError``."""
    data = exchange_file_text(exchange, environment).encode("utf-8")
    with open_private(path) as handle:
        handle.write(data)


def file_name(exchange: Exchange) -> str:
    """A default file name from the time and the path, e.g.
    ``tupay-exchange-20261201-083431-cashout-status.json``."""
    path = exchange.url.split("://", 1)[-1].partition("/")[2]
    words = [part for part in path.split("/") if part and part != "v3"] or ["request"]
    moment = exchange.started_at.astimezone().strftime("%Y%m%d-%H%M%S")
    safe = "-".join("".join(c for c in word if c.isalnum() or c in "-_") for word in words)
    return f"tupay-exchange-{moment}-{safe or 'request'}.json"


def save_exchange(parent: QWidget | None, exchange: Exchange, environment: str = "") -> Path | None:
    """Ask where to save ``exchange`` (starting in Documents) and write it there, redacted.

    Returns the path written, or ``None`` when the operator cancelled or writing failed (then a
    message says why)."""
    title = QCoreApplication.translate("ExchangeFile", "Save the exchange")
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, default_save_path(file_name(exchange)),
        QCoreApplication.translate("ExchangeFile", "JSON files (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".json")
    try:
        write_exchange_file(path, exchange, environment)
    except OSError as exc:
        QMessageBox.warning(
            parent, title,
            arg(QCoreApplication.translate("ExchangeFile", "The exchange could not be saved to %1: %2"),
                str(path), exc.strerror or str(exc)),
        )
        return None
    return path
