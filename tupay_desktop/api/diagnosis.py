"""Connectivity diagnosis: one harmless signed call that tells whether an environment is usable.

:func:`diagnose` looks up a random external_id that cannot exist (``desk-check-<uuid>``). TuPay runs
its checks in order — IP whitelist (402), signature (302), credentials (401) — before it searches,
so "cashout not found" (509) proves the URL, the IP whitelist, the signature secret and the
credentials are all right. Any other answer is explained in words, with what to do.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from tupay_desktop.api.client import CashoutClient, NetworkErrorKind, classify_network_error
from tupay_desktop.api.errors import describe_error
from tupay_desktop.api.models import ApiFailure, Exchange, NetworkError, StatusResult
from tupay_desktop.i18n import QT_TRANSLATE_NOOP

__all__ = ["Diagnosis", "diagnose", "probe_external_id"]

#: Context of the marked strings (the GUI translates them with QCoreApplication.translate).
CONTEXT = "diagnosis"


@dataclass(frozen=True)
class Diagnosis:
    """The verdict of a connectivity check. ``detail`` says what to do; ``code`` is TuPay's, if any."""

    ok: bool
    verdict: str
    detail: str
    code: int | None = None
    exchange: Exchange | None = None


# (verdict, detail) per outcome; English marked for Qt, Spanish carried here (as api.errors does).
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    "ok": (
        QT_TRANSLATE_NOOP("diagnosis", "Connection OK"),
        QT_TRANSLATE_NOOP(
            "diagnosis", "URL, credentials, IP whitelist and signature are all right."
        ),
        "Conexión correcta",
        "La URL, las credenciales, la lista blanca de IP y la firma son correctas.",
    ),
    "found": (
        QT_TRANSLATE_NOOP("diagnosis", "Connection OK"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "TuPay answered the signed status request, so the URL, credentials, IP whitelist and "
            "signature are all right (it unexpectedly reported a cashout for the probe ID).",
        ),
        "Conexión correcta",
        "TuPay respondió la consulta firmada, así que la URL, las credenciales, la lista blanca de IP "
        "y la firma son correctas (aunque informó inesperadamente un retiro para el ID de prueba).",
    ),
    "not_tupay": (
        QT_TRANSLATE_NOOP("diagnosis", "Not a TuPay API"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The server answered, but not like TuPay's Cashout API. Check the base URL "
            "(staging is https://api-stg.tupayonline.com).",
        ),
        "No es la API de TuPay",
        "El servidor respondió, pero no como la API de retiros de TuPay. Revise la URL base "
        "(staging es https://api-stg.tupayonline.com).",
    ),
    NetworkErrorKind.DNS: (
        QT_TRANSLATE_NOOP("diagnosis", "Host name not found"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The server's name could not be resolved (DNS). Check the spelling of the base URL and "
            "that this machine is connected to the internet.",
        ),
        "Nombre de servidor no encontrado",
        "No se pudo resolver el nombre del servidor (DNS). Revise cómo está escrita la URL base y "
        "que este equipo esté conectado a internet.",
    ),
    NetworkErrorKind.REFUSED: (
        QT_TRANSLATE_NOOP("diagnosis", "Connection refused"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "Nothing is listening at this address. Check the host and port of the base URL; for the "
            "local sandbox, check that it is running.",
        ),
        "Conexión rechazada",
        "No hay ningún servicio escuchando en esa dirección. Revise el host y el puerto de la URL "
        "base; si es el sandbox local, verifique que esté en ejecución.",
    ),
    NetworkErrorKind.CONNECT_TIMEOUT: (
        QT_TRANSLATE_NOOP("diagnosis", "Connection timed out"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The server did not accept the connection in time. A firewall or proxy may be blocking "
            "it, or the network is down. Try again, or ask IT whether outbound HTTPS to this host "
            "is allowed.",
        ),
        "Tiempo de conexión agotado",
        "El servidor no aceptó la conexión a tiempo. Un firewall o proxy puede estar bloqueándola, "
        "o la red no funciona. Intente de nuevo o consulte a TI si se permite HTTPS saliente a "
        "este host.",
    ),
    NetworkErrorKind.TLS_CERTIFICATE: (
        QT_TRANSLATE_NOOP("diagnosis", "Certificate not trusted"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The server's TLS certificate is not trusted by this computer or does not match the "
            "host name, so nothing was sent. Check the base URL; if your network inspects HTTPS, "
            "ask IT to install its root certificate in the operating system's trust store.",
        ),
        "Certificado no confiable",
        "Este equipo no confía en el certificado TLS del servidor, o no corresponde al nombre del "
        "host, así que no se envió nada. Revise la URL base; si su red inspecciona HTTPS, pida a TI "
        "que instale su certificado raíz en el almacén de confianza del sistema.",
    ),
    NetworkErrorKind.TLS: (
        QT_TRANSLATE_NOOP("diagnosis", "Secure connection failed"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The TLS handshake failed, so nothing was sent. Check that the base URL starts with "
            "https:// and points at TuPay's API.",
        ),
        "Falló la conexión segura",
        "Falló el establecimiento de TLS, así que no se envió nada. Verifique que la URL base "
        "empiece con https:// y apunte a la API de TuPay.",
    ),
    NetworkErrorKind.CONNECT: (
        QT_TRANSLATE_NOOP("diagnosis", "Could not connect"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The connection to the server could not be opened. Check the base URL and this "
            "machine's network connection.",
        ),
        "No se pudo conectar",
        "No se pudo abrir la conexión con el servidor. Revise la URL base y la conexión de red de "
        "este equipo.",
    ),
    NetworkErrorKind.TIMEOUT: (
        QT_TRANSLATE_NOOP("diagnosis", "No answer in time"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The server accepted the request but did not answer in time. TuPay may be slow or "
            "unavailable; try again in a few minutes.",
        ),
        "Sin respuesta a tiempo",
        "El servidor aceptó la solicitud pero no respondió a tiempo. TuPay puede estar lento o no "
        "disponible; intente de nuevo en unos minutos.",
    ),
    NetworkErrorKind.CONNECTION_LOST: (
        QT_TRANSLATE_NOOP("diagnosis", "Connection dropped"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The connection broke before a complete answer arrived. Try again; if it keeps "
            "happening, a proxy or firewall may be interfering.",
        ),
        "Conexión interrumpida",
        "La conexión se cortó antes de recibir una respuesta completa. Intente de nuevo; si se "
        "repite, un proxy o firewall puede estar interfiriendo.",
    ),
    NetworkErrorKind.BAD_RESPONSE: (
        QT_TRANSLATE_NOOP("diagnosis", "Unreadable answer"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "The server answered with something that is not TuPay's API (for example an error page "
            "from a proxy or load balancer). Check the base URL, then try again later.",
        ),
        "Respuesta ilegible",
        "El servidor respondió algo que no es la API de TuPay (por ejemplo una página de error de "
        "un proxy o balanceador). Revise la URL base e intente más tarde.",
    ),
    NetworkErrorKind.INSECURE_URL: (
        QT_TRANSLATE_NOOP("diagnosis", "Insecure URL refused"),
        QT_TRANSLATE_NOOP(
            "diagnosis",
            "Plain http:// is only allowed to this machine (the local sandbox). Use the https:// "
            "address of the environment.",
        ),
        "URL insegura rechazada",
        "http:// sin cifrar solo se permite hacia este equipo (el sandbox local). Use la dirección "
        "https:// del entorno.",
    ),
    NetworkErrorKind.INVALID_URL: (
        QT_TRANSLATE_NOOP("diagnosis", "Invalid base URL"),
        QT_TRANSLATE_NOOP(
            "diagnosis", "The base URL is not valid. It should look like https://api-stg.tupayonline.com."
        ),
        "URL base no válida",
        "La URL base no es válida. Debe tener la forma https://api-stg.tupayonline.com.",
    ),
    NetworkErrorKind.OTHER: (
        QT_TRANSLATE_NOOP("diagnosis", "Request failed"),
        QT_TRANSLATE_NOOP(
            "diagnosis", "The request failed for an unexpected reason; the technical detail is below."
        ),
        "La solicitud falló",
        "La solicitud falló por un motivo inesperado; el detalle técnico está abajo.",
    ),
}


def _text(key: str, lang: str) -> tuple[str, str]:
    en_verdict, en_detail, es_verdict, es_detail = _TEXTS[key]
    if lang.lower().startswith("es"):
        return es_verdict, es_detail
    return en_verdict, en_detail


def probe_external_id() -> str:
    """A fresh external_id that no cashout has: ``desk-check-<uuid4 hex>``."""
    return f"desk-check-{uuid.uuid4().hex}"


def diagnose(client: CashoutClient, lang: str = "en") -> Diagnosis:
    """Run the check with ``client``'s URL and credentials; never raises for a network problem."""
    outcome = client.status(external_id=probe_external_id())
    if isinstance(outcome, ApiFailure):
        error = outcome.error
        if error.code == 509:
            verdict, detail = _text("ok", lang)
            return Diagnosis(True, verdict, detail, 509, outcome.exchange)
        if error.code is None:
            verdict, detail = _text("not_tupay", lang)
            return Diagnosis(False, verdict, f"{detail} ({error.message})", None, outcome.exchange)
        info = describe_error(error.code, error.message or None, lang)
        detail = info.hint
        if not info.known and error.message:
            detail = f"{error.message}. {detail}"
        return Diagnosis(False, f"{info.title} ({error.code})", detail, error.code, outcome.exchange)
    if isinstance(outcome, StatusResult):
        verdict, detail = _text("found", lang)
        return Diagnosis(True, verdict, detail, None, outcome.exchange)
    assert isinstance(outcome, NetworkError)
    kind = classify_network_error(outcome)
    verdict, detail = _text(kind.value if kind in _TEXTS else NetworkErrorKind.OTHER, lang)
    return Diagnosis(False, verdict, f"{detail}\n{outcome.message}", None, outcome.exchange)
