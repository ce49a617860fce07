"""``python -m tupay_desktop``: the Desk (same as the ``tupay-desktop`` command)."""

from __future__ import annotations

import sys

from tupay_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
