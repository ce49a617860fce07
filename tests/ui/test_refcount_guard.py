"""The guard against PySide6 6.12's ``emit()`` dropping a reference to ``True`` on every call."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tupay_desktop.ui import refcount_guard


def test_many_emits_survive_with_the_guard() -> None:
    # In a child process, so the leak cannot harm this one: far more emits than True has references.
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        from tupay_desktop.ui import refcount_guard

        class S(QObject):
            ping = Signal(int)

        app = QCoreApplication([])
        s = S()
        start = sys.getrefcount(True)
        guarded = sys.argv[1] == "guarded"
        for i in range(start * 3):
            if guarded and i % 10_000 == 0:
                refcount_guard.top_up()   # what install()'s timer does every second
            s.ping.emit(i)
        print("survived", flush=True)
        """
    )
    guarded = subprocess.run([sys.executable, "-c", script, "guarded"], capture_output=True, text=True,
                             timeout=120)
    assert guarded.returncode == 0 and "survived" in guarded.stdout, guarded.stderr[-500:]


def test_top_up_only_when_low() -> None:
    refcount_guard.top_up()
    assert not refcount_guard.top_up(low_water=10, chunk=5)  # plenty: nothing added
    before = refcount_guard.true_references()
    assert refcount_guard.top_up(low_water=before + 1_000, chunk=1_000)
    assert refcount_guard.true_references() >= before + 1_000
