# ruff: noqa: E501 - a data table: one message per line reads better than wrapped fragments
"""The error catalogue: what TuPay's codes mean and what the operator should do (spec §5.6, §6.4, §6.5).

One table per kind of code — internal error codes, bank rejection codes, cashout statuses — each
row carrying the English title and hint (marked with ``QT_TRANSLATE_NOOP("errors", …)`` so the GUI
can translate them) and the catalogue's own Spanish. Languages: ``"en"`` and ``"es"`` (any
``es_*`` variant); anything else falls back to English. Unknown codes are never dropped: the code
and the server's text are shown verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from tupay_desktop.api.models import ApiError, CashoutStatusCode
from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity


@dataclass(frozen=True)
class ErrorInfo:
    """An explained error or rejection. ``server_text`` is the server's message/reason, verbatim."""

    code: int | None
    title: str
    hint: str
    known: bool
    server_text: str | None = None


@dataclass(frozen=True)
class StatusInfo:
    """An explained cashout status (spec §6.4)."""

    code: int
    name: str
    label: str
    meaning: str
    is_final: bool
    cancellable: bool
    known: bool = True


class _Text(NamedTuple):
    en_title: str
    en_hint: str
    es_title: str
    es_hint: str


def _lang(lang: str) -> str:
    return "es" if isinstance(lang, str) and lang.lower().startswith("es") else "en"


def _pick(text: _Text, lang: str) -> tuple[str, str]:
    return (text.es_title, text.es_hint) if _lang(lang) == "es" else (text.en_title, text.en_hint)


# --------------------------------------------------------------------------------------------
# Internal error codes (the ``code`` of an error body), spec §5.6
# --------------------------------------------------------------------------------------------

_OTHER_REGION = QT_TRANSLATE_NOOP(
    "errors",
    "This code belongs to another country's payment system and is unexpected for Peru. Contact TuPay support with the cashout ID.",
)
_OTHER_REGION_ES = "Este código corresponde al sistema de pagos de otro país y no se espera para Perú. Contacte al soporte de TuPay con el ID del retiro."

ERRORS: dict[int, _Text] = {
    300: _Text(
        QT_TRANSLATE_NOOP("errors", "Invalid parameter"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay refused a field: its message names the parameter and the problem. Correct that field and send again.",
        ),
        "Parámetro inválido",
        "TuPay rechazó un campo: su mensaje indica el parámetro y el problema. Corrija ese campo y vuelva a enviar.",
    ),
    302: _Text(
        QT_TRANSLATE_NOOP("errors", "Signature rejected"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The Payload-Signature did not match: the API Signature secret stored for this environment is wrong or belongs to another environment (staging vs production). Copy it again from the merchant panel (Settings → API Access, withdrawals credentials).",
        ),
        "Firma rechazada",
        "La Payload-Signature no coincide: la clave API Signature guardada para este entorno es incorrecta o pertenece a otro entorno (staging o producción). Cópiela nuevamente desde el panel de comercio (Configuración → API, credenciales de «Retiros»).",
    ),
    303: _Text(
        QT_TRANSLATE_NOOP("errors", "Invalid bank code"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay does not accept the bank of this CCI (its first 3 digits). Check the CCI with the beneficiary.",
        ),
        "Código de banco inválido",
        "TuPay no acepta el banco de este CCI (sus primeros 3 dígitos). Verifique el CCI con el beneficiario.",
    ),
    401: _Text(
        QT_TRANSLATE_NOOP("errors", "Invalid credentials"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The API Key or API Passphrase is wrong, or belongs to another environment (staging vs production). Use this environment's withdrawals (cashout) credentials, not the deposit ones.",
        ),
        "Credenciales inválidas",
        "La API Key o la API Passphrase son incorrectas o pertenecen a otro entorno (staging o producción). Use las credenciales de retiros (cashout) de este entorno, no las de depósitos.",
    ),
    402: _Text(
        QT_TRANSLATE_NOOP("errors", "IP address not whitelisted"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This machine's public IP address is not whitelisted. Add it in the TuPay merchant panel under Settings → API Access (Configuración → API, “Retiros”); ask IT for the office's egress IP address.",
        ),
        "Dirección IP no autorizada",
        "La IP pública de este equipo no está en la lista blanca. Agréguela en el panel de comercio de TuPay, en Configuración → API («Retiros»); solicite a TI la IP de salida de la oficina.",
    ),
    502: _Text(
        QT_TRANSLATE_NOOP("errors", "Malformed request body"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay could not read the JSON body. This is a fault in this application, not in your data: report it with the request shown in the inspector.",
        ),
        "Cuerpo de la solicitud mal formado",
        "TuPay no pudo leer el JSON enviado. Es una falla de esta aplicación, no de sus datos: repórtela adjuntando la solicitud que muestra el inspector.",
    ),
    503: _Text(
        QT_TRANSLATE_NOOP("errors", "Regulatory limit on the beneficiary's account"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Regulatory limits on the beneficiary's account prevent this payout. Do not retry; contact the beneficiary or TuPay support.",
        ),
        "Límite regulatorio en la cuenta del beneficiario",
        "Los límites regulatorios de la cuenta del beneficiario impiden este pago. No reintente; contacte al beneficiario o al soporte de TuPay.",
    ),
    504: _Text(
        QT_TRANSLATE_NOOP("errors", "Beneficiary not authorised"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay refused the beneficiary because of their registry (KYC) situation; the reason, if given, says why (for example, underage). Do not retry for this beneficiary; contact TuPay support if you think it is a mistake.",
        ),
        "Beneficiario no autorizado",
        "TuPay rechazó al beneficiario por su situación registral (KYC); el motivo, si se indica, explica por qué (por ejemplo, menor de edad). No reintente con este beneficiario; contacte al soporte de TuPay si cree que es un error.",
    ),
    508: _Text(
        QT_TRANSLATE_NOOP("errors", "Limit exceeded"),
        QT_TRANSLATE_NOOP(
            "errors",
            "A per-transaction, daily, monthly or per-beneficiary limit would be exceeded (the message says which). Lower the amount, wait for the period to reset, or ask TuPay to raise the limit.",
        ),
        "Límite excedido",
        "Se superaría un límite por transacción, diario, mensual o por beneficiario (el mensaje indica cuál). Reduzca el monto, espere a que se reinicie el período o solicite a TuPay que amplíe el límite.",
    ),
    509: _Text(
        QT_TRANSLATE_NOOP("errors", "Cashout not found"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay has no cashout with this ID (or external ID) in this environment. Check the ID, and that you are in the right environment (staging vs production).",
        ),
        "Retiro no encontrado",
        "TuPay no tiene un retiro con este ID (o ID externo) en este entorno. Verifique el ID y que esté en el entorno correcto (staging o producción).",
    ),
    510: _Text(
        QT_TRANSLATE_NOOP("errors", "Not possible in the cashout's current status"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The cashout's current status does not allow this: it may already have been delivered to the bank, or it may be on hold (move it back to Pending before cancelling it). Refresh its status.",
        ),
        "No es posible en el estado actual del retiro",
        "El estado actual del retiro no lo permite: puede que ya haya sido enviado al banco, o que esté en espera (vuélvalo a Pendiente antes de cancelarlo). Actualice su estado.",
    ),
    511: _Text(
        QT_TRANSLATE_NOOP("errors", "External ID already used"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This external ID was used before. If this Desk sent it before (a resubmit, an unknown outcome), do not create a new ID: look the cashout up by its external ID — it most likely exists already. If it was never sent from here, the ID is another cashout's: this one was not created; send it under a new ID.",
        ),
        "ID externo ya utilizado",
        "Este ID externo ya fue utilizado. Si este Desk ya lo envió antes (un reenvío, un resultado desconocido), no genere un ID nuevo: consulte el retiro por su ID externo; lo más probable es que ya exista. Si nunca se envió desde aquí, el ID es de otro retiro: este no se creó; envíelo con un ID nuevo.",
    ),
    514: _Text(
        QT_TRANSLATE_NOOP("errors", "Insufficient balance"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The merchant balance does not cover this cashout. Add funds; on staging, create and approve a test deposit, or ask TuPay integration support (integration@tupaypagos.com) to add funds.",
        ),
        "Saldo insuficiente",
        "El saldo del comercio no cubre este retiro. Agregue fondos; en staging, cree y apruebe un depósito de prueba o pida al soporte de integración de TuPay (integration@tupaypagos.com) que agregue fondos.",
    ),
    515: _Text(
        QT_TRANSLATE_NOOP("errors", "Beneficiary blocked"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The beneficiary is blacklisted, blocked or suspended at TuPay. Do not retry; contact TuPay support.",
        ),
        "Beneficiario bloqueado",
        "El beneficiario figura en lista negra, bloqueado o suspendido en TuPay. No reintente; contacte al soporte de TuPay.",
    ),
    518: _Text(
        QT_TRANSLATE_NOOP("errors", "Country not available"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Cashouts to this country are not enabled for your account. Only Peru (PE) is supported.",
        ),
        "País no disponible",
        "Los retiros a este país no están habilitados para su cuenta. Solo se admite Perú (PE).",
    ),
    519: _Text(
        QT_TRANSLATE_NOOP("errors", "Merchant not enabled"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Your merchant account is not enabled for cashouts in this environment. Contact TuPay integration support.",
        ),
        "Comercio no habilitado",
        "Su cuenta de comercio no está habilitada para retiros en este entorno. Contacte al soporte de integración de TuPay.",
    ),
    524: _Text(
        QT_TRANSLATE_NOOP("errors", "Credentials not enabled"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay does not accept these credentials for cashouts; they may be disabled. Contact TuPay integration support.",
        ),
        "Credenciales no habilitadas",
        "TuPay no acepta estas credenciales para retiros; es posible que estén deshabilitadas. Contacte al soporte de integración de TuPay.",
    ),
    525: _Text(
        QT_TRANSLATE_NOOP("errors", "Closed-loop rejection"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay's closed-loop policy refused this payout (typically, a user may only be paid to the account or document they deposited from). Check the beneficiary's details or contact TuPay support.",
        ),
        "Rechazo por circuito cerrado",
        "La política de circuito cerrado de TuPay rechazó este pago (normalmente, solo se puede pagar a la cuenta o al documento desde los que el usuario depositó). Verifique los datos del beneficiario o contacte al soporte de TuPay.",
    ),
    526: _Text(
        QT_TRANSLATE_NOOP("errors", "Invalid currency"),
        QT_TRANSLATE_NOOP("errors", "Use PEN or USD, and a currency enabled for your account."),
        "Moneda inválida",
        "Use PEN o USD, y una moneda habilitada para su cuenta.",
    ),
    533: _Text(
        QT_TRANSLATE_NOOP("errors", "Amount below the minimum"),
        QT_TRANSLATE_NOOP(
            "errors", "The amount is below TuPay's minimum (the message gives it). Increase the amount."
        ),
        "Monto inferior al mínimo",
        "El monto es inferior al mínimo de TuPay (el mensaje lo indica). Aumente el monto.",
    ),
    537: _Text(
        QT_TRANSLATE_NOOP("errors", "Cashout could not be made"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay could not make the cashout. Look it up by its external ID before trying again, then contact TuPay integration support.",
        ),
        "No se pudo realizar el retiro",
        "TuPay no pudo realizar el retiro. Consúltelo por su ID externo antes de volver a intentarlo y luego contacte al soporte de integración de TuPay.",
    ),
    538: _Text(
        QT_TRANSLATE_NOOP("errors", "Account blacklisted"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The beneficiary's bank account is blacklisted. Do not pay to this account; ask the beneficiary for another one.",
        ),
        "Cuenta en lista negra",
        "La cuenta bancaria del beneficiario está en lista negra. No realice pagos a esta cuenta; solicite otra al beneficiario.",
    ),
    539: _Text(
        QT_TRANSLATE_NOOP("errors", "Payout method unavailable"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Payouts to this bank (or by this method) are not available at the moment. Try later, or use an account at another bank.",
        ),
        "Método de pago no disponible",
        "Los pagos a este banco (o por este método) no están disponibles por el momento. Intente más tarde o use una cuenta de otro banco.",
    ),
    540: _Text(
        QT_TRANSLATE_NOOP("errors", "Beneficiary email or phone required"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay needs the beneficiary's email or phone for this payout, and this application does not send them. Contact TuPay integration support.",
        ),
        "Se requiere el correo o el teléfono del beneficiario",
        "TuPay necesita el correo o el teléfono del beneficiario para este pago, y esta aplicación no los envía. Contacte al soporte de integración de TuPay.",
    ),
    541: _Text(
        QT_TRANSLATE_NOOP("errors", "Email already used by another beneficiary"),
        QT_TRANSLATE_NOOP(
            "errors", "This email is registered to another beneficiary. Check the beneficiary's identity."
        ),
        "Correo ya utilizado por otro beneficiario",
        "Este correo está registrado a nombre de otro beneficiario. Verifique la identidad del beneficiario.",
    ),
    542: _Text(
        QT_TRANSLATE_NOOP("errors", "Phone already used by another beneficiary"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This phone number is registered to another beneficiary. Check the beneficiary's identity.",
        ),
        "Teléfono ya utilizado por otro beneficiario",
        "Este número de teléfono está registrado a nombre de otro beneficiario. Verifique la identidad del beneficiario.",
    ),
    543: _Text(
        QT_TRANSLATE_NOOP("errors", "Invalid phone number"),
        QT_TRANSLATE_NOOP("errors", "The phone number is not valid. Check it with the beneficiary."),
        "Número de teléfono inválido",
        "El número de teléfono no es válido. Verifíquelo con el beneficiario.",
    ),
    702: _Text(
        QT_TRANSLATE_NOOP("errors", "Cashout could not be cancelled"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay could not cancel the cashout, usually because it was already delivered to the bank. Refresh its status.",
        ),
        "No se pudo cancelar el retiro",
        "TuPay no pudo cancelar el retiro, normalmente porque ya fue enviado al banco. Actualice su estado.",
    ),
    703: _Text(
        QT_TRANSLATE_NOOP("errors", "Cashout could not be made"),
        QT_TRANSLATE_NOOP(
            "errors",
            "TuPay could not make the cashout. Look it up by its external ID before trying again; if it keeps failing, contact TuPay support.",
        ),
        "No se pudo realizar el retiro",
        "TuPay no pudo realizar el retiro. Consúltelo por su ID externo antes de volver a intentarlo; si el error persiste, contacte al soporte de TuPay.",
    ),
}

# --------------------------------------------------------------------------------------------
# Rejection codes (``rejection_code`` of a REJECTED status), spec §6.5
# --------------------------------------------------------------------------------------------

REJECTIONS: dict[int, tuple[str, _Text]] = {
    800: (
        "ERROR_ACCOUNT_INCORRECT",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid bank account"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The bank says the account does not exist or is wrong. Confirm the CCI with the beneficiary and create a new cashout.",
            ),
            "Cuenta bancaria inválida",
            "El banco indica que la cuenta no existe o es incorrecta. Confirme el CCI con el beneficiario y cree un nuevo retiro.",
        ),
    ),
    801: (
        "ERROR_ACCOUNT_CLOSED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Account closed"),
            QT_TRANSLATE_NOOP(
                "errors", "The beneficiary's account is closed. Ask the beneficiary for another account."
            ),
            "Cuenta cerrada",
            "La cuenta del beneficiario está cerrada. Solicite otra cuenta al beneficiario.",
        ),
    ),
    802: (
        "ERROR_AMOUNT_INCORRECT",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid amount"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The bank refused the amount. Check the amount and the account's currency (PEN or USD).",
            ),
            "Monto inválido",
            "El banco rechazó el monto. Verifique el monto y la moneda de la cuenta (PEN o USD).",
        ),
    ),
    803: (
        "ERROR_BANK_INVALID",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid bank"),
            QT_TRANSLATE_NOOP(
                "errors", "The bank code is not valid for this payout. Check the first 3 digits of the CCI."
            ),
            "Banco inválido",
            "El código de banco no es válido para este pago. Verifique los 3 primeros dígitos del CCI.",
        ),
    ),
    804: (
        "ERROR_BANK_BRANCH_INCORRECT",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid branch"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The branch part of the CCI (digits 4 to 6) is wrong. Confirm the CCI with the beneficiary.",
            ),
            "Agencia inválida",
            "La parte de agencia del CCI (dígitos 4 a 6) es incorrecta. Confirme el CCI con el beneficiario.",
        ),
    ),
    805: (
        "ERROR_BENEFICIARY_DOCUMENT_ID_INVALID",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid beneficiary document"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The bank did not accept the document number. Check the document type and number with the beneficiary.",
            ),
            "Documento del beneficiario inválido",
            "El banco no aceptó el número de documento. Verifique el tipo y el número de documento con el beneficiario.",
        ),
    ),
    806: (
        "ERROR_BENEFICIARY_NAME_INCORRECT",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Name does not match the bank's records"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The beneficiary's name does not match the account holder's. Use the name exactly as the bank has it.",
            ),
            "El nombre no coincide con el registro del banco",
            "El nombre del beneficiario no coincide con el del titular de la cuenta. Use el nombre tal como figura en el banco.",
        ),
    ),
    807: (
        "ERROR_REJECTED_BY_BANK",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Rejected by the bank"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The bank refused the transfer without a specific reason. Confirm the account details with the beneficiary before trying again.",
            ),
            "Rechazado por el banco",
            "El banco rechazó la transferencia sin indicar un motivo específico. Confirme los datos de la cuenta con el beneficiario antes de volver a intentarlo.",
        ),
    ),
    808: (
        "ERROR_OTHER",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Rejected for another reason"),
            QT_TRANSLATE_NOOP(
                "errors",
                "Read the reason text, if there is one. If it is unclear, contact TuPay support with the cashout ID.",
            ),
            "Rechazado por otro motivo",
            "Lea el texto del motivo, si lo hay. Si no es claro, contacte al soporte de TuPay con el ID del retiro.",
        ),
    ),
    809: (
        "WITHDRAWAL_EXPIRED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Cashout expired"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The cashout was not completed in time and expired. Create a new cashout if the payment is still due.",
            ),
            "Retiro vencido",
            "El retiro no se completó a tiempo y venció. Cree un nuevo retiro si el pago sigue pendiente.",
        ),
    ),
    810: (
        "LIMIT_EXCEEDED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Beneficiary limit exceeded"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The limit of the beneficiary's account was exceeded. Lower the amount or try again later.",
            ),
            "Límite del beneficiario excedido",
            "Se excedió el límite de la cuenta del beneficiario. Reduzca el monto o vuelva a intentarlo más tarde.",
        ),
    ),
    811: (
        "RISK_POLICY",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Bank risk policy"),
            QT_TRANSLATE_NOOP(
                "errors", "The transfer breaks the bank's risk policy. Do not retry; contact TuPay support."
            ),
            "Política de riesgo del banco",
            "La transferencia infringe la política de riesgo del banco. No reintente; contacte al soporte de TuPay.",
        ),
    ),
    812: (
        "BLOCKED_FROZEN_ACCOUNT",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Account blocked or frozen"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The beneficiary's account is blocked or frozen. Ask the beneficiary for another account.",
            ),
            "Cuenta bloqueada o congelada",
            "La cuenta del beneficiario está bloqueada o congelada. Solicite otra cuenta al beneficiario.",
        ),
    ),
    813: (
        "DOCUMENT_ACCOUNT_MISMATCH",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Document does not match the account holder"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The document number does not belong to the account holder. Check both with the beneficiary.",
            ),
            "El documento no coincide con el titular",
            "El número de documento no pertenece al titular de la cuenta. Verifique ambos datos con el beneficiario.",
        ),
    ),
    814: (
        "INVALID_PIX_KEY",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid PIX key (Brazil)"),
            _OTHER_REGION,
            "Clave PIX inválida (Brasil)",
            _OTHER_REGION_ES,
        ),
    ),
    815: (
        "INVALID_IFSC_CODE",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid IFSC code (India)"),
            _OTHER_REGION,
            "Código IFSC inválido (India)",
            _OTHER_REGION_ES,
        ),
    ),
    816: (
        "INVALID_ACCOUNT_OR_IFSC_CODE",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid account"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The account number is not valid (the IFSC part of this code applies to India only). Confirm the CCI with the beneficiary.",
            ),
            "Cuenta inválida",
            "El número de cuenta no es válido (la parte IFSC de este código solo aplica a la India). Confirme el CCI con el beneficiario.",
        ),
    ),
    817: (
        "INVALID_NBIN",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid NBIN"),
            _OTHER_REGION,
            "NBIN inválido",
            _OTHER_REGION_ES,
        ),
    ),
    818: (
        "ACCOUNT_UNABLE",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Account cannot receive transfers"),
            QT_TRANSLATE_NOOP(
                "errors", "This account cannot receive transfers. Ask the beneficiary for another account."
            ),
            "La cuenta no puede recibir transferencias",
            "Esta cuenta no puede recibir transferencias. Solicite otra cuenta al beneficiario.",
        ),
    ),
    819: (
        "INVALID_ACCOUNT_TYPE",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Invalid account type"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The account type (C checking, S savings) does not match the account. Check it and create a new cashout.",
            ),
            "Tipo de cuenta inválido",
            "El tipo de cuenta (C corriente, S ahorros) no corresponde a la cuenta. Verifíquelo y cree un nuevo retiro.",
        ),
    ),
    820: (
        "REJECTED_BY_MERCHANT_REQUEST",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Rejected at the merchant's request"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The cashout was rejected because your company asked for it. Nothing to do unless that was a mistake.",
            ),
            "Rechazado a solicitud del comercio",
            "El retiro se rechazó porque su empresa lo solicitó. No se requiere ninguna acción, salvo que haya sido un error.",
        ),
    ),
    821: (
        "MONTHLY_LIMIT_EXCEEDED_FOR_USER",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Beneficiary's monthly limit exceeded"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The beneficiary has reached their monthly limit. Lower the amount or try again next month.",
            ),
            "Límite mensual del beneficiario excedido",
            "El beneficiario alcanzó su límite mensual. Reduzca el monto o vuelva a intentarlo el próximo mes.",
        ),
    ),
    822: (
        "ACCOUNT_NAME_REQUIRED_TO_BE_IN_KATAKANA",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Account name must be in katakana (Japan)"),
            _OTHER_REGION,
            "El nombre de la cuenta debe estar en katakana (Japón)",
            _OTHER_REGION_ES,
        ),
    ),
    824: (
        "REJECTED_BY_THIRD_PARTY_CONTROL",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Rejected by a third-party control"),
            QT_TRANSLATE_NOOP(
                "errors",
                "A compliance control outside TuPay (for example, the bank's) stopped the transfer. Contact TuPay support before trying again.",
            ),
            "Rechazado por un control de terceros",
            "Un control de cumplimiento ajeno a TuPay (por ejemplo, del banco) detuvo la transferencia. Contacte al soporte de TuPay antes de volver a intentarlo.",
        ),
    ),
    826: (
        "WITHDRAWAL_REVERSED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Cashout reversed"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The money came back after the payout (the beneficiary's bank returned it). Confirm the account details with the beneficiary before paying again.",
            ),
            "Retiro revertido",
            "El dinero fue devuelto después del pago (el banco del beneficiario lo devolvió). Confirme los datos de la cuenta con el beneficiario antes de volver a pagar.",
        ),
    ),
}

# --------------------------------------------------------------------------------------------
# Cashout statuses, spec §6.4: name, (en label, en meaning, es label, es meaning), final, cancellable
# --------------------------------------------------------------------------------------------

#: name, texts, cancellable; whether a status is final comes from ``models.CashoutStatusCode``.
STATUSES: dict[int, tuple[str, _Text, bool]] = {
    0: (
        "PENDING",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Pending"),
            QT_TRANSLATE_NOOP(
                "errors", "Accepted by TuPay and not yet sent to the bank; it can still be cancelled."
            ),
            "Pendiente",
            "Aceptado por TuPay y aún no enviado al banco; todavía puede cancelarse.",
        ),
        True,
    ),
    1: (
        "COMPLETED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Completed"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The money was credited to the beneficiary. Rarely, the beneficiary's bank still returns it later; the cashout then becomes Rejected.",
            ),
            "Completado",
            "El dinero fue acreditado al beneficiario. En raras ocasiones el banco del beneficiario lo devuelve después; el retiro pasa entonces a Rechazado.",
        ),
        False,
    ),
    2: (
        "CANCELLED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Cancelled"),
            QT_TRANSLATE_NOOP("errors", "Cancelled by the merchant; no money was sent."),
            "Cancelado",
            "Cancelado por el comercio; no se envió dinero.",
        ),
        False,
    ),
    3: (
        "REJECTED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Rejected"),
            QT_TRANSLATE_NOOP(
                "errors",
                "The bank rejected the cashout (see the rejection reason); the beneficiary was not paid.",
            ),
            "Rechazado",
            "El banco rechazó el retiro (vea el motivo del rechazo); no se pagó al beneficiario.",
        ),
        False,
    ),
    4: (
        "DELIVERED",
        _Text(
            QT_TRANSLATE_NOOP("errors", "Delivered to the bank"),
            QT_TRANSLATE_NOOP(
                "errors", "Sent to the bank and waiting for its answer; it can no longer be cancelled."
            ),
            "Enviado al banco",
            "Enviado al banco, a la espera de su respuesta; ya no puede cancelarse.",
        ),
        False,
    ),
    5: (
        "ON_HOLD",
        _Text(
            QT_TRANSLATE_NOOP("errors", "On hold"),
            QT_TRANSLATE_NOOP(
                "errors",
                "Put on hold by the merchant; it is not processed until it is moved back to Pending. The funds stay reserved.",
            ),
            "En espera",
            "Puesto en espera por el comercio; no se procesa hasta que vuelva a Pendiente. Los fondos siguen reservados.",
        ),
        # Not cancellable: the spec's status table (§6.4, [D24]) says yes, the cancel endpoint's
        # own page (§7, [D24]) "only while PENDING"; the Desk follows the endpoint, as its sandbox
        # does (510) — release it to PENDING first. The one place the Desk decides it.
        False,
    ),
}

# --------------------------------------------------------------------------------------------
# Frames for unknown codes and for explain_failure. ``{…}`` are filled with verbatim values.
# --------------------------------------------------------------------------------------------

_FRAMES: dict[str, dict[str, str]] = {
    "en": {
        "unknown_error": QT_TRANSLATE_NOOP("errors", "Error {code}"),
        "unknown_error_no_code": QT_TRANSLATE_NOOP("errors", "Error without a code"),
        "unknown_error_hint": QT_TRANSLATE_NOOP(
            "errors",
            "This code is not in the catalogue. Send the code and TuPay's message to TuPay integration support.",
        ),
        "rejected_unknown": QT_TRANSLATE_NOOP("errors", "Rejected, reason unknown"),
        "rejected_unknown_hint": QT_TRANSLATE_NOOP(
            "errors",
            "The bank gave no known reason code. Check the reason text, if any, and confirm the details with the beneficiary or TuPay support.",
        ),
        "status_unknown": QT_TRANSLATE_NOOP("errors", "Status {code}"),
        "status_unknown_meaning": QT_TRANSLATE_NOOP(
            "errors", "Status code {code} is not documented. Check the cashout in the TuPay merchant panel."
        ),
        "code": QT_TRANSLATE_NOOP("errors", "code {code}"),
        "server_says": QT_TRANSLATE_NOOP("errors", "TuPay says: “{text}”."),
        "reason": QT_TRANSLATE_NOOP("errors", "Reason: “{text}”."),
        "reason_code": QT_TRANSLATE_NOOP("errors", "Reason: “{text}” (reason code {code})."),
        "redirect": QT_TRANSLATE_NOOP("errors", "A redirect that was not followed (HTTP {status})"),
        "redirect_to": QT_TRANSLATE_NOOP("errors", "A redirect to {location} that was not followed (HTTP {status})"),
        "redirect_hint": QT_TRANSLATE_NOOP(
            "errors",
            "The server sent the request elsewhere. Requests are never redirected, so nothing was sent there "
            "and nothing was created. Check the environment's base URL (https:// and the exact host).",
        ),
    },
    "es": {
        "unknown_error": "Error {code}",
        "unknown_error_no_code": "Error sin código",
        "unknown_error_hint": "Este código no está en el catálogo. Envíe el código y el mensaje de TuPay al soporte de integración de TuPay.",
        "rejected_unknown": "Rechazado, motivo desconocido",
        "rejected_unknown_hint": "El banco no indicó un código de motivo conocido. Revise el texto del motivo, si lo hay, y confirme los datos con el beneficiario o con el soporte de TuPay.",
        "status_unknown": "Estado {code}",
        "status_unknown_meaning": "El código de estado {code} no está documentado. Revise el retiro en el panel de comercio de TuPay.",
        "code": "código {code}",
        "server_says": "TuPay indica: «{text}».",
        "reason": "Motivo: «{text}».",
        "reason_code": "Motivo: «{text}» (código de motivo {code}).",
        "redirect": "Una redirección que no se siguió (HTTP {status})",
        "redirect_to": "Una redirección a {location} que no se siguió (HTTP {status})",
        "redirect_hint": "El servidor envió la solicitud a otra dirección. Las solicitudes nunca se redirigen, "
        "así que no se envió nada allí ni se creó nada. Revise la URL base del entorno (https:// y el host exacto).",
    },
}


def _frame(lang: str, key: str, translate: Translator = identity, **values: object) -> str:
    template = _FRAMES[_lang(lang)][key]
    if _lang(lang) != "es":
        template = translate("errors", template)
    text = values.get("text")
    # A quoted server text that ends its own sentence needs no second full stop after the quote.
    if isinstance(text, str) and text.rstrip().endswith((".", "!", "?")) and template.endswith("."):
        template = template[:-1]
    return template.format(**values)


def _with_text(title: str, text: str | None) -> str:
    return f"{title}: {text}" if text else title


def describe_error(code: int | None, message: str | None = None, lang: str = "en") -> ErrorInfo:
    """Explain an internal error code (spec §5.6). Unknown codes keep the code and message verbatim."""
    entry = ERRORS.get(code) if isinstance(code, int) else None
    if entry is not None:
        title, hint = _pick(entry, lang)
        return ErrorInfo(code, title, hint, known=True, server_text=message)
    base = (
        _frame(lang, "unknown_error", code=code)
        if code is not None
        else _frame(lang, "unknown_error_no_code")
    )
    return ErrorInfo(
        code, _with_text(base, message), _frame(lang, "unknown_error_hint"), known=False, server_text=message
    )


def describe_rejection(code: int | None, reason: str | None, lang: str = "en") -> ErrorInfo:
    """Explain a bank rejection code (spec §6.5). Unknown: "rejected, reason unknown" + the reason verbatim."""
    row = REJECTIONS.get(code) if isinstance(code, int) else None
    if row is not None:
        title, hint = _pick(row[1], lang)
        return ErrorInfo(code, title, hint, known=True, server_text=reason)
    base = _frame(lang, "rejected_unknown")
    if code is not None:
        base = f"{base} ({_frame(lang, 'code', code=code)})"
    return ErrorInfo(
        code, _with_text(base, reason), _frame(lang, "rejected_unknown_hint"), known=False, server_text=reason
    )


def describe_status(code: int, lang: str = "en") -> StatusInfo:
    """Explain a cashout status code (spec §6.4). Unknown codes are shown verbatim, as not final."""
    row = STATUSES.get(code) if isinstance(code, int) else None
    if row is not None:
        name, text, cancellable = row
        label, meaning = _pick(text, lang)
        return StatusInfo(code, name, label, meaning, CashoutStatusCode(code).is_final, cancellable)
    return StatusInfo(
        code,
        "UNKNOWN",
        _frame(lang, "status_unknown", code=code),
        _frame(lang, "status_unknown_meaning", code=code),
        is_final=False,
        cancellable=False,
        known=False,
    )


def explain_failure(error: ApiError, lang: str = "en", translate: Translator = identity) -> str:
    """One paragraph for an API error: title (and code), TuPay's message, reason, and what to do.

    ``translate`` (the GUI passes Qt's) translates the English texts into languages the catalogue
    does not carry itself, such as Portuguese.
    """
    if error.code is None and error.http_status is not None and 300 <= error.http_status < 400:
        # Not a TuPay error at all: the transport's answer, in words (never "TuPay error ?").
        if error.location:
            title = _frame(lang, "redirect_to", translate, location=error.location, status=error.http_status)
        else:
            title = _frame(lang, "redirect", translate, status=error.http_status)
        return f"{title}. {_frame(lang, 'redirect_hint', translate)}"
    info = describe_error(error.code, error.message or None, lang)
    title, hint = info.title, info.hint
    if info.known and _lang(lang) != "es":
        title, hint = translate("errors", title), translate("errors", hint)
    parts = [title]
    if info.known:
        parts[0] = f"{title} ({_frame(lang, 'code', translate, code=error.code)})."
        if error.message:
            parts.append(_frame(lang, "server_says", translate, text=error.message))
    else:
        parts[0] = title if title.endswith((".", "!", "?")) else f"{title}."
    if error.reason:
        if error.reason_code is not None:
            parts.append(_frame(lang, "reason_code", translate, text=error.reason, code=error.reason_code))
        else:
            parts.append(_frame(lang, "reason", translate, text=error.reason))
    parts.append(hint)
    return " ".join(parts)
