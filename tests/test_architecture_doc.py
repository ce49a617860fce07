"""docs/ARCHITECTURE.md says what the code does: its table of journal states is STATE_RULES, the
files it points at exist, and the README links it."""

from __future__ import annotations

import re
from pathlib import Path

from tupay_desktop.store.journal import STATE_RULES

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"


def _state_rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([a-z_]+)` \|", line)
        if match:
            rows[match.group(1)] = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return rows


def _expected_row(state: str) -> str:
    rule = STATE_RULES[state]
    moves = ", ".join(f"`{s}`" for s in sorted(rule.next)) or "(final)"
    return (f"| `{state}` | … | {moves} | {'yes' if rule.unresolved else 'no'} | "
            f"{'yes' if rule.duplicate_risk else 'no'} |")


def test_the_state_table_is_state_rules() -> None:
    rows = _state_rows()
    assert list(rows) == list(STATE_RULES), "the document's states, in STATE_RULES' order"
    for state, cells in rows.items():
        rule = STATE_RULES[state]
        _name, _meaning, moves, reconciled, duplicate_risk = cells
        named = set(re.findall(r"`([a-z_]+)`", moves))
        assert named == set(rule.next), f"{state}: the document says {moves}; expected {_expected_row(state)}"
        assert (moves == "(final)") == (not rule.next), state
        assert reconciled == ("yes" if rule.unresolved else "no"), _expected_row(state)
        assert duplicate_risk == ("yes" if rule.duplicate_risk else "no"), _expected_row(state)


def test_the_files_it_points_at_exist_and_the_readme_links_it() -> None:
    text = DOC.read_text(encoding="utf-8")
    for path in sorted(set(re.findall(r"`((?:ui|store|api|cli)/[a-z_/]+\.py|service\.py|app\.py)`", text))):
        assert (ROOT / "tupay_desktop" / path).is_file(), path
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/ARCHITECTURE.md)" in readme
    assert "../shared/ARCHITECTURE.md" not in readme
