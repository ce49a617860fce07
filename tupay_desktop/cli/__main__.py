"""``python -m tupay_desktop.cli``: the same as the ``tupay-cli`` command."""

from __future__ import annotations

import sys

from tupay_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
