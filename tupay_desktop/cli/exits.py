"""``tupay-cli``'s exit codes, one table for every command group.

0 ok; 1 TuPay answered with an error (or a credentials command failed); 2 usage or validation
problem, nothing sent; 3 network problem, outcome unknown, or an unexpected failure of the Desk.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_API_ERROR = 1
#: A command that failed for another reason than the network (``credentials set`` on a locked keyring...).
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NETWORK = 3
