"""PyInstaller entry script for the bundle: runs the Desk's ``main()`` (``tupay_desktop.app``).

A separate script (rather than ``tupay_desktop/app.py`` itself) keeps ``tupay_desktop`` a package
inside the bundle, so its absolute imports work exactly as in a checkout.
"""

from __future__ import annotations

import sys

from tupay_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
