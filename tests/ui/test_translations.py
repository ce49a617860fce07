"""Translations: every user-visible string of the Desk has Spanish and Portuguese, and they load.

The catalogues are ``resources/translations/tupay_desktop_{es,pt_BR}.ts`` (sources) and ``.qm``
(compiled). The extractor (``tools/i18n.py``) is re-run here over the current source, so a new
``self.tr("…")`` that nobody extracted and translated fails ``test_every_string_is_translated``.
Fix: ``uv run python tools/i18n.py extract``, translate (Qt Linguist, or ``todo``/``apply``), then
``uv run python tools/i18n.py compile``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from tupay_desktop import resources

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "pt_BR")


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tupay_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def extraction() -> Any:
    return tool.extract()


# ---------------------------------------------------------------------------------------------
# Completeness
# ---------------------------------------------------------------------------------------------


def test_translation_calls_are_extractable(extraction: Any) -> None:
    """No f-strings (or other non-literals) in tr()/translate(): they could never be translated."""
    assert extraction.problems == []
    assert len(extraction.messages) > 100  # the extractor found the GUI, not nothing


def test_no_visible_text_bypasses_translation() -> None:
    """Literal prose handed straight to a label, button, tooltip... would never be translated."""
    assert tool.hardcoded_strings() == []


def test_hardcoded_string_finder(tmp_path: Path) -> None:
    (tmp_path / "w.py").write_text(
        textwrap.dedent(
            """
            class W:
                def build(self, n):
                    QLabel("Amount", self)
                    self.button.setText(f"Send {n} now")
                    self.edit.setPlaceholderText("https://…")
                    self.code.setText("PEN")
                    self.ok.setText(self.tr("Fine"))
                    log.warning("not shown to anyone")
            """
        ),
        encoding="utf-8",
    )
    found = tool.hardcoded_strings(tmp_path)
    assert len(found) == 2
    assert "QLabel('Amount')" in found[0] and "setText('Send  now')" in found[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str, extraction: Any) -> None:
    ts = tool.read_ts(tool.ts_path(language))
    missing = tool.missing_from(ts, extraction)
    assert missing == [], (
        f"{len(missing)} strings are not in {language}'s catalogue (run tools/i18n.py extract): "
        + "; ".join(f"{c}: {s!r}" for c, s, _ in missing[:20])
    )
    todo = tool.untranslated(ts)
    assert todo == [], f"{len(todo)} strings have no {language} translation: " + "; ".join(
        f"{m.context}: {m.source!r}" for m in todo[:20]
    )


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-zA-Z_][a-zA-Z0-9_]*(?:[:!][^}]*)?\}|%[0-9]+|%n|%L[0-9]+", text))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    problems = []
    for msg in tool.read_ts(tool.ts_path(language)).messages:
        if msg.type in {"vanished", "obsolete"} or not msg.is_translated:
            continue
        for text in msg.forms if msg.numerus else [msg.translation]:
            if _placeholders(text) != _placeholders(msg.source):
                problems.append(f"{msg.context}: {msg.source!r} -> {text!r} (placeholders)")
            if _mnemonics(text) != _mnemonics(msg.source):
                problems.append(f"{msg.context}: {msg.source!r} -> {text!r} (keyboard accelerator)")
    assert problems == []


def test_spanish_error_texts_match_the_catalogue() -> None:
    """The GUI shows the error catalogue through the .ts: its Spanish is the catalogue's own."""
    from tupay_desktop.api import errors

    pairs: dict[str, str] = {}
    rows = list(errors.ERRORS.values())
    rows += [row[1] for row in errors.REJECTIONS.values()]
    rows += [row[1] for row in errors.STATUSES.values()]
    for text in rows:
        pairs[text.en_title] = text.es_title
        pairs[text.en_hint] = text.es_hint
    es = {m.source: m.translation for m in tool.read_ts(tool.ts_path("es")).messages if m.context == "errors"}
    different = {en: (es.get(en), catalogue) for en, catalogue in pairs.items() if es.get(en) != catalogue}
    assert different == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes of the committed .ts (someone ran compile)."""
    source = tool.ts_path(language)
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    fresh = tool.compile_ts(copy)
    assert fresh.read_bytes() == resources.catalogue_path(language).read_bytes()


# ---------------------------------------------------------------------------------------------
# The extractor and the .ts merge
# ---------------------------------------------------------------------------------------------


def test_extractor_contexts_plurals_and_problems(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "widgets.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication
            from tupay_desktop.i18n import QT_TRANSLATE_NOOP

            TITLE = QT_TRANSLATE_NOOP("errors", "Signature rejected")
            CONTEXT = "Store"
            REASON = QT_TRANSLATE_NOOP(CONTEXT, "the keyring is locked")

            class Base:
                def build(self, n):
                    self.tr(
                        "Send to %1"
                    )
                    self.tr("Open", "menu")
                    self.tr("%n cashouts", "", n)
                    QCoreApplication.translate("Shared", "Hello " "world")
                    self.tr(f"not {n} translatable")

            class Derived(Base):
                def more(self):
                    return self.tr("Only here")
            """
        ),
        encoding="utf-8",
    )
    result = tool.extract(package, tmp_path)
    keys = set(result.messages)
    assert ("Base", "Send to %1", "") in keys  # a multi-line call keeps its class context
    assert ("Derived", "Send to %1", "") in keys  # PySide6 looks tr() up under the runtime class
    assert ("Base", "Only here", "") not in keys
    assert ("Base", "Open", "menu") in keys
    assert result.messages[("Base", "%n cashouts", "")].numerus
    assert ("Shared", "Hello world", "") in keys
    assert ("errors", "Signature rejected", "") in keys
    assert ("Store", "the keyring is locked", "") in keys  # a module constant as the context
    assert len(result.problems) == 1 and "f-string" in result.problems[0]


def test_merge_keeps_translations_and_sets_aside_vanished_ones(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    source = package / "w.py"
    source.write_text('class W:\n    def f(self):\n        self.tr("Keep")\n        self.tr("Old")\n')
    path = tmp_path / "tupay_desktop_es.ts"
    ts, stats = tool.merge(tool.read_ts(path), tool.extract(package, tmp_path))
    assert stats.new == 2
    applied, unknown = tool.apply_translations(
        ts,
        [
            {"context": "W", "source": "Keep", "translation": "Conservar"},
            {"context": "W", "source": "Old", "translation": "Viejo"},
        ],
    )
    assert (applied, unknown) == (2, [])
    tool.write_ts(path, ts)

    source.write_text(
        'class W:\n    def f(self):\n        self.tr("Keep")\n        self.tr("New & <odd> \'text\'")\n'
    )
    ts, stats = tool.merge(tool.read_ts(path), tool.extract(package, tmp_path))
    tool.write_ts(path, ts)
    again = tool.read_ts(path)
    assert tool.render_ts(again) == path.read_text(encoding="utf-8")  # XML round trip is exact
    by_key = again.by_key()
    assert by_key[("W", "Keep", "")].translation == "Conservar" and by_key[("W", "Keep", "")].is_translated
    assert by_key[("W", "Old", "")].type == "vanished"
    assert [m.source for m in tool.untranslated(again)] == ["New & <odd> 'text'"]
    fresh = tool.compile_ts(path)
    translator = QTranslator()
    assert translator.load(str(fresh))
    assert translator.translate("W", "Keep") == "Conservar"
    assert translator.translate("W", "Old") == ""  # vanished: not compiled


# ---------------------------------------------------------------------------------------------
# Loading: the Desk in Spanish and Portuguese
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[Callable[[str], list[QTranslator]]]:
    from PySide6.QtCore import QLocale

    from tupay_desktop.ui.i18n import install_translations

    translators: list[QTranslator] = []
    previous = QLocale()

    def install(language: str) -> list[QTranslator]:
        translators.extend(install_translations(qapp, language))
        return translators

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)  # the GUI's language (ui_language) back for the next test


def _expected(language: str, context: str, source: str) -> str:
    msg = tool.read_ts(tool.ts_path(language)).by_key()[(context, source, "")]
    assert msg.is_translated
    return str(msg.translation)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_loads_from_the_resources_dir(language: str, installed: Any) -> None:
    translators = installed(language)
    assert translators, f"no catalogue installed for {language}"
    title = _expected(language, "MainWindow", "TuPay Cashout Desk")
    assert QCoreApplication.translate("MainWindow", "TuPay Cashout Desk") == title
    first_error = next(iter(tool.read_ts(tool.ts_path(language)).by_key().values()))
    assert QCoreApplication.translate(first_error.context, first_error.source) != ""


def _visible_texts(root: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget

    texts: list[str] = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        texts.append(w.toolTip())
    return [t for t in texts if t]


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_window_speaks_the_language(language: str, installed: Any, make_desk: Any) -> None:
    installed(language)
    window = make_desk().window
    QApplication.processEvents()
    sandbox = QCoreApplication.translate("Environment", "Sandbox")
    expected_send = _expected(language, "CashoutForm", "Send to %1").replace("%1", sandbox)
    assert window.form.send_button.text() == expected_send
    # Nothing on screen is an English source text whose translation differs from it.
    catalogue = tool.read_ts(tool.ts_path(language)).messages
    english = {m.source for m in catalogue if m.is_translated and m.translation != m.source}
    still_english = [t for t in _visible_texts(window) if t in english]
    assert still_english == []


def test_error_explanations_follow_the_gui_language(installed: Any) -> None:
    """Portuguese has no catalogue of its own in api/errors.py: it comes through Qt's translator."""
    from tupay_desktop.api.errors import describe_error, explain_failure
    from tupay_desktop.api.models import ApiError

    installed("pt_BR")
    error = ApiError(402, "Unregistered IP address", 401)
    english = explain_failure(error, "en")
    portuguese = explain_failure(error, "en", QCoreApplication.translate)
    info = describe_error(402)
    assert _expected("pt_BR", "errors", info.title) in portuguese
    assert _expected("pt_BR", "errors", info.hint) in portuguese
    assert portuguese != english and "Unregistered IP address" in portuguese


def test_english_plurals_say_field_and_fields(installed: Any, extraction: Any) -> None:
    """English has a catalogue of plural forms only, kept current with the source
    (``uv run python tools/i18n.py english``)."""
    english = tool.read_ts(tool.ts_path("en"))
    assert {m.key for m in english.messages} == {
        key for key, msg in extraction.messages.items() if msg.numerus
    }
    installed("en")
    one = QCoreApplication.translate("CashoutForm", "Fix %n field(s) to enable sending.", "", 1)
    many = QCoreApplication.translate("CashoutForm", "Fix %n field(s) to enable sending.", "", 5)
    assert (one, many) == ("Fix 1 field to enable sending.", "Fix 5 fields to enable sending.")


@pytest.mark.parametrize("language", ["C", "de", "en_GB"])
def test_english_plurals_whenever_the_desk_falls_back_to_english(language: str, installed: Any) -> None:
    """``LANG=C.UTF-8`` (servers, containers) or a language without a catalogue: the Desk speaks
    English, and says "5 fields", not "5 field(s)"."""
    installed(language)
    many = QCoreApplication.translate("CashoutForm", "Fix %n field(s) to enable sending.", "", 5)
    count = QCoreApplication.translate("HistoryView", "%n cashout(s)", "", 4)
    assert (many, count) == ("Fix 5 fields to enable sending.", "4 cashouts")
    # English through and through: no German Qt buttons beside English Desk texts.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_menu_status_badge_json_types_and_journal_states_speak_spanish(
    installed: Any, make_desk: Any, qtbot: Any
) -> None:
    """What stayed English under es: the "Desk" menu, the status badge, the JSON tree's types and
    the journal state ("created") in the possible-duplicate warning."""
    from dataclasses import replace

    from tests.ui.conftest import VALID_FORM
    from tupay_desktop.api.models import CashoutStatus
    from tupay_desktop.store.journal import JournalEntry
    from tupay_desktop.ui.badges import StatusBadge
    from tupay_desktop.ui.create_flow import describe_duplicate
    from tupay_desktop.ui.json_tree import JsonTreeView

    installed("es")
    window = make_desk().window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Archivo" and "&Desk" not in menus

    badge = StatusBadge()
    qtbot.addWidget(badge)
    badge.set_status(4)
    assert badge.text() == "ENTREGADO"
    assert "DELIVERED (4)" in badge.toolTip()  # TuPay's own name, for the panel and support
    badge.set_status(5)
    assert badge.text() == "EN ESPERA" and "ON_HOLD" in badge.toolTip()
    window.cashout_view.badge.set_status(CashoutStatus(0).code)
    assert window.cashout_view.badge.text() == "PENDIENTE"

    tree = JsonTreeView()
    qtbot.addWidget(tree)
    tree.set_json('{"a": {"b": [1, "x", true, null]}}')
    types: list[str] = []
    stack = [tree.model.invisibleRootItem()]
    while stack:
        item = stack.pop()
        for row in range(item.rowCount()):
            types.append(item.child(row, 2).text())
            stack.append(item.child(row, 0))
    assert sorted(types) == sorted(["objeto", "arreglo", "número", "texto", "booleano", "nulo"])

    entry = JournalEntry(
        env_key="sandbox", external_id="desk-1", state="created", cashout_id=7, request_json="{}",
        beneficiary_name="Alex", beneficiary_lastname="Gonzales", document_type="DNI",
        document_id=VALID_FORM["document_id"], bank_account=VALID_FORM["bank_account"], amount=None,
        currency="PEN", created_at=None, updated_at=None, last_status=0, last_status_description=None,
        rejection_code=None, rejection_reason=None, last_status_at=None, error_code=None, error_message=None,
    )
    line = describe_duplicate(entry)  # the status in words, as History says it
    assert "PENDIENTE" in line and "created" not in line and "PENDING" not in line
    assert "RECHAZADO" in describe_duplicate(replace(entry, last_status=3))
    assert "Resultado desconocido" in describe_duplicate(replace(entry, state="unknown"))


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_a_dropped_connection_is_said_in_the_desks_language_with_its_detail_in_the_tooltip(
    language: str, installed: Any, qtbot: Any, make_desk: Any
) -> None:
    """The client's transport words are English (the CLI prints them); the form's outcome line says
    what happened in the GUI's language, and the URL and exception go to its tooltip."""
    from tests.ui.conftest import fill_form
    from tupay_desktop.sandbox import Fault

    installed(language)
    desk = make_desk()
    form = desk.window.form
    fill_form(desk.window)
    shown: list[tuple[str, str, str]] = []
    original = form.show_outcome

    def spy(text: str, kind: str, detail: str = "") -> None:
        shown.append((text, kind, detail))
        original(text, kind, detail)

    form.show_outcome = spy  # type: ignore[method-assign]
    desk.sandbox.inject(Fault.RESET_AFTER_COMMIT)
    form.request_send()
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=10_000)
    lead = _expected(language, "NetworkError", "The connection broke before a complete answer arrived:")
    unknown = [(text, detail) for text, kind, detail in shown if kind == "warning" and lead[:-1] in text]
    assert unknown, shown
    text, detail = unknown[0]
    assert "connection broke" not in text and "may or may not" not in text and desk.sandbox.url not in text
    assert desk.sandbox.url in detail


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_history_says_a_journalled_transport_failure_in_the_desks_language(
    language: str, installed: Any
) -> None:
    from types import SimpleNamespace

    from tupay_desktop.api.client import maybe_created_message
    from tupay_desktop.ui.history.model import state_explanation

    installed(language)
    url = "http://127.0.0.1:9/v3/cashout"
    message = maybe_created_message(
        f"The connection broke before a complete answer arrived: {url} (ReadError: reset).", "ext-9")
    entry = SimpleNamespace(state="unknown", last_status=None, error_code=None, error_message=message)
    tip = state_explanation(entry)  # type: ignore[arg-type]
    lead = _expected(language, "NetworkError", "The connection broke before a complete answer arrived:")
    assert lead[:-1] in tip and url in tip
    assert "connection broke" not in tip and "may or may not" not in tip


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_reconciles_details_say_a_transport_failure_in_the_desks_language(
    language: str, installed: Any
) -> None:
    from tupay_desktop.ui.history.actions import service_message

    installed(language)
    message = "Connection refused: http://127.0.0.1:9/v3/cashout/status (ConnectError: refused)"
    said = service_message(message)
    assert _expected(language, "NetworkError", "Connection refused:")[:-1] in said
    assert "127.0.0.1:9" in said and not said.startswith("Connection refused")
