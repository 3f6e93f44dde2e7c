"""When to lock by itself: after idle time, on suspend/resume and when the OS session locks.

While an interview's clock runs, idle time does not lock (:meth:`IdleWatcher.set_idle_suspended`):
the interviewer may listen for many minutes without touching the keyboard, and a lock would
hide every window in front of the informant. Ctrl+L, suspend and an OS screen lock still lock;
idle time counts again from the moment the clock stops.

Idle time is measured from the last keyboard, mouse, wheel or touch event anywhere in the
application (one application-wide event filter). A timer checks every few seconds; it
compares both the monotonic clock and the wall clock, because a machine that sleeps skips
timer ticks and, on Linux and macOS, the monotonic clock stands still while asleep. A tick
that arrives much later than planned (:data:`SUSPEND_GAP_S`) means the machine was
suspended: that locks too, whatever the idle setting (KeePassXC's bug class, research §1.10).

What Qt itself can and cannot report:

- ``QGuiApplication.applicationStateChanged`` → ``ApplicationSuspended``: only on iOS and
  Android. On Windows, macOS and Linux desktops Qt reports Active/Inactive (focus) and
  Hidden, never Suspended; we still lock on it where it comes.
- Screen/session lock: Qt has no cross-platform signal. We add:
  Linux: D-Bus (QtDBus) ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` on the
  system bus, ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` (KDE, others) and
  ``org.gnome.ScreenSaver.ActiveChanged(true)`` on the session bus, where those services
  exist (connections that fail are ignored).
  Windows: a native event filter for ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` (after
  ``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND``.
  macOS: nothing without Objective-C bridges (``NSWorkspace`` notifications); the wall-clock
  check locks after sleep, and the idle timeout covers a locked screen.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

#: a timer tick this much later than planned means the machine was asleep
SUSPEND_GAP_S = 60.0

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleWatcher(QObject):
    """Emits ``lock_requested(reason)`` with reason ``idle``, ``suspend`` or ``os_lock``.

    Running only while a project is open (:meth:`start` / :meth:`stop`).
    """

    lock_requested = Signal(str)

    #: replaceable in tests
    monotonic: Callable[[], float] = staticmethod(time.monotonic)
    wall_clock: Callable[[], float] = staticmethod(time.time)
    check_interval_ms = 5000

    def __init__(self, idle_seconds: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle_seconds = idle_seconds
        self._last_mono = 0.0
        self._last_wall = 0.0
        self._tick_wall = 0.0
        self._running = False
        self._idle_suspended = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._filtering = False
        self.os_signals = OsLockSignals(self)
        self.os_signals.locked.connect(self._fire)

    # -- running ----------------------------------------------------------------------------------
    def start(self) -> None:
        self._running = True
        self.touch()
        self._tick_wall = self.wall_clock()
        self._timer.start(self.check_interval_ms)
        self._set_filter(True)

    def stop(self) -> None:
        self._running = False
        self._idle_suspended = False
        self._timer.stop()
        self._set_filter(False)

    def _set_filter(self, on: bool) -> None:
        """The application-wide input filter exists only while a project is open.

        A Python event filter that outlives its controller can be called by Qt while its
        Python half is being torn down (a crash seen in the test suite), so it is removed
        explicitly on stop (the controller stops it on lock, close and quit).
        """
        app = QGuiApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    @property
    def running(self) -> bool:
        return self._running

    @property
    def idle_suspended(self) -> bool:
        return self._idle_suspended

    def set_idle_suspended(self, suspended: bool) -> None:
        """No idle lock while ``suspended`` (an interview clock runs). Suspend, an OS screen lock
        and Ctrl+L still lock. When it ends, idle time starts from now, not from the last key."""
        if self._idle_suspended and not suspended:
            self.touch()
        self._idle_suspended = suspended

    def touch(self) -> None:
        self._last_mono = self.monotonic()
        self._last_wall = self.wall_clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # getattr: during teardown Qt may still call a filter whose Python half is gone
        if getattr(self, "_running", False) and event.type() in INPUT_EVENTS:
            self._last_mono = self.monotonic()
            self._last_wall = self.wall_clock()
        return False

    # -- checking ---------------------------------------------------------------------------------
    def idle_for(self) -> float:
        """Seconds since the last input, by whichever clock says longer."""
        return max(self.monotonic() - self._last_mono, self.wall_clock() - self._last_wall)

    def check(self) -> None:
        if not self._running:
            return
        wall = self.wall_clock()
        gap = wall - self._tick_wall
        self._tick_wall = wall
        if gap > SUSPEND_GAP_S + self.check_interval_ms / 1000:
            self._fire("suspend")
        elif not self._idle_suspended and self.idle_for() >= self._idle_seconds():
            self._fire("idle")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._fire("suspend")

    def _fire(self, reason: str) -> None:
        if not self._running:
            return
        log.info("auto-lock: %s", reason)
        self.lock_requested.emit(reason)


class OsLockSignals(QObject):
    """Emits ``locked(reason)`` when the OS reports a screen lock or an imminent sleep."""

    locked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._native: object | None = None
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32":
            self._install_windows_filter()

    # -- Linux ----------------------------------------------------------------------------------
    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of pyside6-essentials
            return
        targets = [
            (
                QDBusConnection.systemBus(),
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "on_prepare_for_sleep(bool)",
            ),
            (
                QDBusConnection.sessionBus(),
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                "on_screensaver(bool)",
            ),
            (
                QDBusConnection.sessionBus(),
                "org.gnome.ScreenSaver",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
                "on_screensaver(bool)",
            ),
        ]
        for bus, service, path, interface, name, slot in targets:
            with contextlib.suppress(Exception):
                if bus.isConnected():
                    # PySide6's stubs lack the (…, QObject, SLOT string) overload it accepts.
                    bus.connect(service, path, interface, name, self, SLOT(slot))  # type: ignore[call-overload]

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.locked.emit("suspend")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit("os_lock")

    # -- Windows --------------------------------------------------------------------------------
    def _install_windows_filter(self) -> None:  # pragma: no cover - Windows only
        try:
            # Defined only on Windows, so a type check on another platform cannot see it.
            native = _WindowsSessionFilter(self.locked.emit)  # type: ignore[name-defined]
            self._native = native
            app = QGuiApplication.instance()
            if app is not None:
                app.installNativeEventFilter(native)
        except Exception:  # noqa: BLE001 - never stop the app over an optional signal
            log.warning("windows session notifications unavailable")

    def register_window(self, win_id: int) -> None:
        """Windows: session-lock messages go to a registered window (the project window)."""
        if sys.platform != "win32":
            return
        with contextlib.suppress(Exception):  # pragma: no cover - Windows only
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(win_id), 0)


if sys.platform == "win32":  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QAbstractNativeEventFilter

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x4

    class _WindowsSessionFilter(QAbstractNativeEventFilter):
        def __init__(self, emit: Callable[[str], None]) -> None:
            super().__init__()
            self._emit = emit

        def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:  # noqa: N802
            if bytes(event_type) == b"windows_generic_MSG":
                msg = wintypes.MSG.from_address(int(message))
                if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                    self._emit("os_lock")
                elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                    self._emit("suspend")
            return False, 0

    _ = ctypes
