#!/usr/bin/env python3
"""Translation tooling: extract the Desk's strings into Qt Linguist ``.ts`` files, fill, compile.

Why not ``pyside6-lupdate``: its Python parser assigns the wrong context to a ``self.tr(...)`` call
whose argument is on a following line (it reports ``QCoreApplication.QCoreApplication.self``
instead of the class), so those strings would never be found at run time. This module reads the
source with Python's own parser instead and writes the same TS 2.1 XML; ``pyside6-lrelease``
(shipped with PySide6-Essentials) compiles it, and Qt Linguist (``pyside6-linguist``) edits it.

What is extracted, from every ``*.py`` under ``tupay_desktop/``:

* ``self.tr("text")`` / ``cls.tr(...)`` / ``QT_TR_NOOP("text")`` inside a class: context = the class
  name. PySide6 looks ``tr`` up under the *runtime* class name, so the message is also recorded
  under every subclass defined in the package.
* ``QCoreApplication.translate("context", "text")`` (also ``QApplication.``, a bare
  ``translate(...)``) and ``QT_TRANSLATE_NOOP("context", "text")``: the given context.
* An optional disambiguation (second argument of ``tr``, third of ``translate``) and a plural
  count (``n``) are kept; plural messages become ``numerus`` messages.

Only string literals can be extracted; an f-string passed to a translation function is reported
as a problem (it can never match a catalogue entry).

Usage (from the repository root)::

    uv run python tools/i18n.py extract            # update resources/translations/*.ts (keeps translations)
    uv run python tools/i18n.py status             # per-language counts; --strict fails on gaps
    uv run python tools/i18n.py todo es            # untranslated messages as JSON (for a translator)
    uv run python tools/i18n.py apply FILE.json    # merge translations from JSON into the .ts files
    uv run python tools/i18n.py compile            # .ts -> .qm with pyside6-lrelease

``apply`` reads ``{"es": [{"context": ..., "source": ..., "translation": ...}, ...], "pt_BR": [...]}``
(``"comment"`` for a disambiguation; ``"forms": [...]`` instead of ``"translation"`` for plurals).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "tupay_desktop"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
PREFIX = "tupay_desktop_"
LANGUAGES: tuple[str, ...] = ("es", "pt_BR")
#: Plural forms per language, as Qt counts them (Spanish and Portuguese: one, other).
NUMERUS_FORMS: dict[str, int] = {"es": 2, "pt_BR": 2}

_TRANSLATE_FUNCS = {"translate"}
_NOOP_CONTEXT_FUNCS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
_NOOP_CLASS_FUNCS = {"QT_TR_NOOP"}

Key = tuple[str, str, str]  # (context, source, comment)


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------


@dataclass
class Message:
    """One translatable string found in the source."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass
class Extraction:
    """What :func:`extract` found: messages in first-seen order, and problems (file:line: text)."""

    messages: dict[Key, Message]
    problems: list[str]


def _literal(node: ast.expr | None, constants: dict[str, str] | None = None) -> str | None:
    """The value of a string literal (implicit or ``+`` concatenation of literals, or a module-level
    ``NAME = "literal"`` constant such as a shared context name), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and constants is not None:
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left, constants), _literal(node.right, constants)
        if left is not None and right is not None:
            return left + right
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` (or ``NAME: str = "text"``) assignments."""
    constants: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            value = _literal(stmt.value)
            if value is not None:
                constants[stmt.targets[0].id] = value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            value = _literal(stmt.value)
            if value is not None:
                constants[stmt.target.id] = value
    return constants


def _arg(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _func_name(func: ast.expr) -> tuple[str | None, str]:
    """(receiver name or None, function name) of a call's ``func``."""
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        value = func.value
        if isinstance(value, ast.Name):
            return value.id, func.attr
        if isinstance(value, ast.Attribute):
            return value.attr, func.attr
        return "?", func.attr
    return None, ""


class _Visitor(ast.NodeVisitor):
    def __init__(self, relpath: str, constants: dict[str, str]) -> None:
        self.relpath = relpath
        self.constants = constants
        self.classes: list[str] = []
        # (context, source, comment, numerus, line, is self.tr)
        self.found: list[tuple[str, str, str, bool, int, bool]] = []
        self.problems: list[str] = []
        self.bases: dict[str, set[str]] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        names: set[str] = set()
        for base in node.bases:
            if isinstance(base, ast.Name):
                names.add(base.id)
            elif isinstance(base, ast.Attribute):
                names.add(base.attr)
        self.bases.setdefault(node.name, set()).update(names)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(f"{self.relpath}:{getattr(node, 'lineno', 0)}: {text}")

    def _check_text(self, node: ast.Call, arg: ast.expr | None, what: str) -> str | None:
        text = _literal(arg, self.constants)
        if text is None and isinstance(arg, ast.JoinedStr):
            self._problem(node, f"{what} of an f-string cannot be translated; use a placeholder + .format()")
        return text

    def visit_Call(self, node: ast.Call) -> None:
        receiver, name = _func_name(node.func)
        line = node.lineno
        if (name == "tr" and receiver in {"self", "cls"}) or (name in _NOOP_CLASS_FUNCS and receiver is None):
            text = self._check_text(node, _arg(node, 0, "sourceText"), f"{name}()")
            if text is not None:
                if not self.classes:
                    self._problem(node, f"{name}() outside a class has no context")
                else:
                    comment = _literal(_arg(node, 1, "disambiguation"), self.constants) or ""
                    numerus = _arg(node, 2, "n") is not None
                    self.found.append((self.classes[-1], text, comment, numerus, line, True))
        elif (
            name in _TRANSLATE_FUNCS
            and receiver in {None, "QCoreApplication", "QApplication", "QGuiApplication", "i18n"}
        ) or (name in _NOOP_CONTEXT_FUNCS and receiver in {None, "i18n"}):
            context = _literal(_arg(node, 0, "context"), self.constants)
            text_arg = _arg(node, 1, "sourceText")
            text = self._check_text(node, text_arg, f"{name}()")
            if name in _NOOP_CONTEXT_FUNCS and (context is None or text is None):
                self._problem(node, f"{name}() needs a literal context and text (or module constants)")
            if context is not None and text is not None:
                comment = _literal(_arg(node, 2, "disambiguation"), self.constants) or ""
                numerus = _arg(node, 3, "n") is not None
                self.found.append((context, text, comment, numerus, line, False))
        self.generic_visit(node)


def _subclasses(bases: dict[str, set[str]]) -> dict[str, set[str]]:
    """class name -> every class (by name) in the package that derives from it, transitively."""
    children: dict[str, set[str]] = {}
    for cls, parents in bases.items():
        for parent in parents:
            children.setdefault(parent, set()).add(cls)
    result: dict[str, set[str]] = {}
    for cls in bases:
        seen: set[str] = set()
        stack = list(children.get(cls, ()))
        while stack:
            child = stack.pop()
            if child not in seen:
                seen.add(child)
                stack.extend(children.get(child, ()))
        result[cls] = seen
    return result


def extract(source_dir: Path = SOURCE_DIR, relative_to: Path = TRANSLATIONS_DIR) -> Extraction:
    """Every translatable message under ``source_dir``; locations are relative to ``relative_to``."""
    found: list[tuple[str, str, str, bool, str, int, bool]] = []
    problems: list[str] = []
    bases: dict[str, set[str]] = {}
    for path in sorted(source_dir.rglob("*.py")):
        relpath = os.path.relpath(path, relative_to).replace(os.sep, "/")
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            problems.append(f"{relpath}:{exc.lineno}: cannot parse: {exc.msg}")
            continue
        visitor = _Visitor(relpath, _module_constants(tree))
        visitor.visit(tree)
        problems.extend(visitor.problems)
        for cls, parents in visitor.bases.items():
            bases.setdefault(cls, set()).update(parents)
        found.extend((c, s, m, n, relpath, line, is_tr) for c, s, m, n, line, is_tr in visitor.found)
    subclasses = _subclasses(bases)
    messages: dict[Key, Message] = {}

    def add(context: str, source: str, comment: str, numerus: bool, relpath: str, line: int) -> None:
        msg = messages.setdefault((context, source, comment), Message(context, source, comment))
        msg.numerus = msg.numerus or numerus
        if (relpath, line) not in msg.locations:
            msg.locations.append((relpath, line))

    for context, source, comment, numerus, relpath, line, is_tr in found:
        add(context, source, comment, numerus, relpath, line)
        if is_tr:
            for sub in sorted(subclasses.get(context, ())):
                add(sub, source, comment, numerus, relpath, line)
    return Extraction(messages, problems)


#: Qt calls whose string arguments a person sees (setters, item adders, message boxes, constructors).
_VISIBLE_SETTERS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "setLabelText",
    "showMessage", "setTabText", "addTab", "insertTab", "addItem", "insertItem", "addItems",
    "setHeaderLabels", "addAction", "addMenu", "setSpecialValueText", "setSuffix", "setPrefix",
    "warning", "information", "question", "critical", "getText", "getItem",
}  # fmt: skip
_VISIBLE_CTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMessageBox", "QCommandLinkButton", "QMenu",
}  # fmt: skip


def _is_words(text: str) -> bool:
    """True for prose a translator should see; false for URLs, codes (``PEN``, ``JSON``), symbols."""
    stripped = text.strip()
    if stripped.startswith(("http://", "https://", "$", "{", "[")):
        return False
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) < 2:
        return False
    return not all(c.isupper() or not c.isalpha() for c in stripped)  # ALL-CAPS codes are not prose


def hardcoded_strings(source_dir: Path = SOURCE_DIR / "ui") -> list[str]:
    """String literals handed straight to a visible Qt text setter, bypassing translation."""
    found: list[str] = []
    for path in sorted(source_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            receiver, name = _func_name(node.func)
            if name not in _VISIBLE_SETTERS and name not in _VISIBLE_CTORS:
                continue
            if receiver is not None and ("log" in receiver.lower() or receiver == "warnings"):
                continue  # logging.warning(...) and friends are not shown to a person
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr):
                    text = "".join(str(v.value) for v in arg.values if isinstance(v, ast.Constant))
                else:
                    text = _literal(arg) or ""
                if text and _is_words(text):
                    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                    found.append(f"{rel}:{node.lineno}: {name}({text!r})")
    return found


# ---------------------------------------------------------------------------------------------
# TS files
# ---------------------------------------------------------------------------------------------


@dataclass
class TsMessage:
    """One ``<message>`` of a ``.ts`` file."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    #: ``""`` (finished), ``"unfinished"``, ``"vanished"`` or ``"obsolete"``.
    type: str = "unfinished"
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def is_translated(self) -> bool:
        """Finished, with a non-empty translation (every plural form filled)."""
        if self.type != "":
            return False
        if self.numerus:
            return bool(self.forms) and all(f.strip() for f in self.forms)
        return bool(self.translation.strip())


@dataclass
class TsFile:
    """A parsed ``.ts`` file: its language and messages in file order."""

    language: str
    messages: list[TsMessage]

    def by_key(self) -> dict[Key, TsMessage]:
        return {m.key: m for m in self.messages}


def ts_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{PREFIX}{language}.ts"


def read_ts(path: Path) -> TsFile:
    """Parse a Qt Linguist TS file (missing file: empty catalogue for the language in its name)."""
    language = path.stem.removeprefix(PREFIX)
    if not path.exists():
        return TsFile(language, [])
    root = ET.parse(path).getroot()  # noqa: S314 - our own file from the repository
    language = root.get("language", language)
    messages: list[TsMessage] = []
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for el in ctx.iter("message"):
            tr = el.find("translation")
            msg = TsMessage(
                context=context,
                source=el.findtext("source") or "",
                comment=el.findtext("comment") or "",
                numerus=el.get("numerus") == "yes",
                type=(tr.get("type", "") if tr is not None else "unfinished"),
            )
            if tr is not None:
                if msg.numerus:
                    msg.forms = [f.text or "" for f in tr.iter("numerusform")]
                else:
                    msg.translation = tr.text or ""
            for loc in el.iter("location"):
                msg.locations.append((loc.get("filename", ""), int(loc.get("line", "0") or 0)))
            messages.append(msg)
    return TsFile(language, messages)


def _text(value: str) -> str:
    return escape(value, {"'": "&apos;", '"': "&quot;"})


def render_ts(ts: TsFile) -> str:
    """The TS 2.1 XML for ``ts``: contexts sorted by name, messages in the order given."""
    contexts: dict[str, list[TsMessage]] = {}
    for msg in ts.messages:
        contexts.setdefault(msg.context, []).append(msg)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{_text(ts.language)}" sourcelanguage="en">',
    ]
    for name in sorted(contexts):
        out.append("<context>")
        out.append(f"    <name>{_text(name)}</name>")
        for msg in contexts[name]:
            out.append('    <message numerus="yes">' if msg.numerus else "    <message>")
            for filename, line in msg.locations:
                out.append(f'        <location filename="{_text(filename)}" line="{line}"/>')
            out.append(f"        <source>{_text(msg.source)}</source>")
            if msg.comment:
                out.append(f"        <comment>{_text(msg.comment)}</comment>")
            attr = f' type="{msg.type}"' if msg.type else ""
            if msg.numerus:
                forms = msg.forms or [""] * NUMERUS_FORMS.get(ts.language, 2)
                out.append(f"        <translation{attr}>")
                out.extend(f"            <numerusform>{_text(f)}</numerusform>" for f in forms)
                out.append("        </translation>")
            else:
                out.append(f"        <translation{attr}>{_text(msg.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def write_ts(path: Path, ts: TsFile) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_ts(ts), encoding="utf-8")


@dataclass
class MergeStats:
    new: int = 0
    kept: int = 0
    vanished: int = 0
    dropped: int = 0


def merge(ts: TsFile, extraction: Extraction, keep_obsolete: bool = True) -> tuple[TsFile, MergeStats]:
    """``ts`` updated to the extracted messages, keeping every existing translation.

    Messages no longer in the source become ``vanished`` (kept so a reworded string can reuse
    them; lrelease ignores them) or are dropped when ``keep_obsolete`` is false.
    """
    stats = MergeStats()
    old = ts.by_key()
    messages: list[TsMessage] = []
    for key, found in extraction.messages.items():
        previous = old.get(key)
        if previous is None:
            stats.new += 1
            msg = TsMessage(found.context, found.source, found.comment, found.numerus)
        else:
            stats.kept += 1
            msg = previous
            if msg.type in {"vanished", "obsolete"}:
                msg.type = "" if (msg.translation or any(msg.forms)) else "unfinished"
            msg.numerus = found.numerus
        msg.locations = list(found.locations)
        messages.append(msg)
    for key, previous in old.items():
        if key in extraction.messages:
            continue
        if keep_obsolete and (previous.translation or any(previous.forms)):
            previous.type = "vanished"
            previous.locations = []
            messages.append(previous)
            stats.vanished += 1
        else:
            stats.dropped += 1
    return TsFile(ts.language, messages), stats


def missing_from(ts: TsFile, extraction: Extraction) -> list[Key]:
    """Extracted messages the catalogue has no live entry for."""
    live = {m.key for m in ts.messages if m.type not in {"vanished", "obsolete"}}
    return [key for key in extraction.messages if key not in live]


def untranslated(ts: TsFile) -> list[TsMessage]:
    """Live messages without a finished, non-empty translation."""
    return [m for m in ts.messages if m.type not in {"vanished", "obsolete"} and not m.is_translated]


def apply_translations(ts: TsFile, entries: Iterable[dict[str, object]]) -> tuple[int, list[str]]:
    """Set translations from ``entries`` (see the module docstring). Returns (applied, unknown keys)."""
    index = ts.by_key()
    applied = 0
    unknown: list[str] = []
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment", "")))
        msg = index.get(key)
        if msg is None:
            unknown.append(f"{key[0]}: {key[1]!r}")
            continue
        if "forms" in entry:
            forms = entry["forms"]
            assert isinstance(forms, list)
            msg.forms = [str(f) for f in forms]
        else:
            msg.translation = str(entry["translation"])
        if msg.type != "vanished":
            msg.type = ""
        applied += 1
    return applied, unknown


# ---------------------------------------------------------------------------------------------
# Compiling
# ---------------------------------------------------------------------------------------------


def lrelease() -> str:
    """The ``pyside6-lrelease`` executable (next to this Python, or on PATH)."""
    for candidate in (
        Path(sys.executable).parent / "pyside6-lrelease",
        Path(sys.executable).parent / "pyside6-lrelease.exe",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: run through `uv run` (PySide6-Essentials ships it)")
    return found


def compile_ts(path: Path) -> Path:
    """Compile one ``.ts`` to the ``.qm`` beside it (finished translations only)."""
    qm = path.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(path), "-qm", str(qm)], check=True)  # noqa: S603
    return qm


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def _cmd_extract(args: argparse.Namespace) -> int:
    extraction = extract()
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for language in args.languages:
        path = ts_path(language)
        ts, stats = merge(read_ts(path), extraction, keep_obsolete=not args.drop_obsolete)
        ts.language = language
        write_ts(path, ts)
        print(
            f"{path.relative_to(ROOT)}: {len(extraction.messages)} messages, {stats.new} new, "
            f"{stats.kept} kept, {stats.vanished} vanished, {stats.dropped} dropped"
        )
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    extraction = extract()
    gaps = 0
    for language in args.languages:
        ts = read_ts(ts_path(language))
        todo = untranslated(ts)
        missing = missing_from(ts, extraction)
        live = [m for m in ts.messages if m.type not in {"vanished", "obsolete"}]
        print(
            f"{language}: {len(live)} messages, {len(live) - len(todo)} translated, {len(todo)} to do, "
            f"{len(missing)} missing from the .ts (run extract)"
        )
        gaps += len(todo) + len(missing)
    for problem in extraction.problems:
        print(f"problem: {problem}")
        gaps += 1
    return 1 if args.strict and gaps else 0


def _cmd_todo(args: argparse.Namespace) -> int:
    ts = read_ts(ts_path(args.language))
    items: list[dict[str, object]] = []
    for msg in untranslated(ts):
        item: dict[str, object] = {"context": msg.context, "source": msg.source}
        if msg.comment:
            item["comment"] = msg.comment
        if msg.numerus:
            item["forms"] = msg.forms or ["", ""]
        else:
            item["translation"] = msg.translation
        items.append(item)
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def _cmd_apply(args: argparse.Namespace) -> int:
    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    status = 0
    for language, entries in data.items():
        path = ts_path(language)
        ts = read_ts(path)
        applied, unknown = apply_translations(ts, entries)
        write_ts(path, ts)
        print(f"{path.relative_to(ROOT)}: {applied} translations applied")
        for item in unknown:
            print(f"  not in the catalogue (run extract?): {item}", file=sys.stderr)
            status = 1
    return status


def english_plurals(extraction: Extraction) -> TsFile:
    """The English catalogue: only the plural messages, whose sources say ``field(s)``, get their
    two English forms (``field``/``fields``). Everything else is shown as written in the source."""
    messages = []
    for found in extraction.messages.values():
        if found.numerus:
            one = re.sub(r"\((?:e?s)\)", "", found.source)
            other = re.sub(r"\((e?s)\)", r"\1", found.source)
            messages.append(TsMessage(found.context, found.source, found.comment, True, forms=[one, other],
                                      type=""))
    return TsFile("en", messages)


def _cmd_english(args: argparse.Namespace) -> int:
    path = ts_path("en")
    write_ts(path, english_plurals(extract()))
    qm = compile_ts(path)
    print(f"{qm.relative_to(ROOT)}: {qm.stat().st_size} bytes")
    return 0


def _cmd_compile(args: argparse.Namespace) -> int:
    for language in args.languages:
        qm = compile_ts(ts_path(language))
        print(f"{qm.relative_to(ROOT)}: {qm.stat().st_size} bytes")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    summary = __doc__.split("\n")[0] if __doc__ else ""
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=summary)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="update the .ts files from the source, keeping translations")
    p.add_argument("--drop-obsolete", action="store_true", help="drop messages no longer in the source")
    p.set_defaults(func=_cmd_extract)
    p = sub.add_parser("status", help="translated / to do per language")
    p.add_argument("--strict", action="store_true", help="exit 1 when anything is missing or untranslated")
    p.set_defaults(func=_cmd_status)
    p = sub.add_parser("todo", help="untranslated messages of LANGUAGE as JSON")
    p.add_argument("language", choices=LANGUAGES)
    p.set_defaults(func=_cmd_todo)
    p = sub.add_parser("apply", help="merge translations from a JSON file into the .ts files")
    p.add_argument("file")
    p.set_defaults(func=_cmd_apply)
    p = sub.add_parser("compile", help="compile the .ts files to .qm with pyside6-lrelease")
    p.set_defaults(func=_cmd_compile)
    p = sub.add_parser("english", help="write and compile the English plural forms")
    p.set_defaults(func=_cmd_english)
    for name in ("extract", "status", "compile"):
        sub.choices[name].add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
