"""One Desk per profile: a second ``tupay-desktop`` on the same data folder hands over to the first.

Two Desks on one journal would show different histories and invite sending a cashout twice. The
first Desk holds a :class:`QLockFile` (``desk.lock`` in the data folder) and listens on a
:class:`QLocalServer` whose name is derived from that folder's path. A later start finds the lock
held, asks the running Desk (over a :class:`QLocalSocket`) to bring its window to the front, and
exits 0 once it answers.

A Desk that crashed leaves its lock behind: QLockFile sees that the process that wrote it is gone
and takes it over (the stale-lock *age* is disabled: a Desk runs for days, and a lock is stale only
when its process is dead). Its server's socket file is removed before listening again.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QCryptographicHash,
    QDeadlineTimer,
    QLockFile,
    QObject,
    QThread,
    Signal,
)

if TYPE_CHECKING:  # QtNetwork is imported when first used (after the first paint)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "desk.lock"
ACTIVATE = b"activate\n"
ANSWER = b"activated"
#: How long a later start keeps trying to reach a running Desk (it may be just starting).
HAND_OVER_TIMEOUT_MS = 10_000


def server_name(profile_dir: Path) -> str:
    """The local server's name for a profile: the same for every start on that folder, different
    for every other folder (and short enough for a Unix socket path)."""
    path = QByteArray(str(profile_dir.resolve()).encode("utf-8"))
    digest = bytes(QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex().data())
    return f"tupay-desk-{digest.decode('ascii')[:24]}"  # the SHA-256 of the path, as hashlib's


class SingleInstance(QObject):
    """The profile's lock and hand-over server. :meth:`acquire` first; if it returns ``False``,
    another Desk runs this profile: :meth:`hand_over` to it and exit. Else :meth:`listen` once the
    window is shown."""

    #: A later start asked this Desk to show itself.
    activation_requested = Signal()

    def __init__(self, profile_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile_dir = profile_dir
        self.name = server_name(profile_dir)
        self.lock_path = profile_dir / LOCK_FILE
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is dead, however old
        self._server: QLocalServer | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> bool:
        """``True``: this process is the profile's Desk (it answers later starts from
        :meth:`listen` on). ``False``: another live Desk holds the profile."""
        if self._lock.tryLock(0):
            self._held = True
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # The lock file cannot be made (a read-only data folder): then the journal cannot be
        # written either, so two Desks cannot send from it. Go on without the lock.
        log.warning("cannot create %s (%s); not guarding against a second Desk",
                    self.lock_path, self._lock.error().name)
        return True

    def listen(self) -> None:
        """Answer later starts on this profile (once; only while this Desk holds the lock)."""
        if not self._held or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # We hold the lock: a socket left by a Desk that crashed. Remove it and listen again.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen for later starts (%s)", server.errorString())
                return
        server.newConnection.connect(self._on_connection)
        self._server = server
        log.info("this Desk answers later starts on this profile (pid %d)", os.getpid())

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        if line != ACTIVATE:
            socket.disconnectFromServer()
            return
        log.info("another start on this profile handed over; showing this Desk's window")
        self.activation_requested.emit()
        socket.write(ANSWER + f" {os.getpid()}\n".encode("ascii"))
        socket.flush()
        socket.disconnectFromServer()

    def hand_over(self, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> int | None:
        """Ask the running Desk to show its window; its process id once it answered, else
        ``None``. Blocks (at start, before any window)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(max(1, min(2000, deadline.remainingTime()))):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(2000)
                answer = b""
                while b"\n" not in answer and socket.waitForReadyRead(
                    max(1, min(5000, deadline.remainingTime()))
                ):
                    answer += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                parts = answer.split()
                if len(parts) == 2 and parts[0] == ANSWER and parts[1].isdigit():
                    return int(parts[1])
            socket.abort()
            # The other Desk may be starting (locked, not listening yet): try again shortly.
            QThread.msleep(100)
            QCoreApplication.processEvents()
        return None

    def lock_owner(self) -> int | None:
        """The process id written in the lock file, if it can be read."""
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname)
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._held:
            self._lock.unlock()
            self._held = False
