"""Finding the interviewer's laptop: mDNS/DNS-SD (``zeroconf``), a typed address, a QR code.

The host announces ``_samtal-live._tcp`` with a random instance name and two TXT entries:
the protocol version and the code's public first group (the *nameplate*). Nothing else: no
names, no participant code. The co-listener looks for the nameplate of the code it was told.
Where multicast is blocked (guest Wi-Fi, some hotspots) the address typed by hand, or read
from the QR code the host shows, does the same.
"""

from __future__ import annotations

import contextlib
import ipaddress
import queue
import secrets
import socket
import threading
from collections.abc import Sequence

import ifaddr
import segno
from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

from app.team.live.errors import LiveError

SERVICE_TYPE = "_samtal-live._tcp.local."
URI_SCHEME = "samtal-live"


class BadAddress(LiveError):
    code = "colisten_address_format"


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses a co-listener could reach: private ranges first."""
    found: list[ipaddress.IPv4Address] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue  # IPv6 comes as a tuple
            with contextlib.suppress(ValueError):
                addr = ipaddress.IPv4Address(ip.ip)
                if not (addr.is_loopback or addr.is_link_local or addr.is_multicast):
                    found.append(addr)
    found.sort(key=lambda a: (not a.is_private, int(a)))
    return [str(a) for a in dict.fromkeys(found)]


def format_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def parse_address(text: str) -> tuple[str, int]:
    """``192.168.1.20:50123`` (or a ``samtal-live://`` link from the QR code) → (host, port).

    Raises:
        BadAddress: no port, a port out of range, an empty host.
    """
    text = text.strip()
    if text.startswith(URI_SCHEME + "://"):
        text = text[len(URI_SCHEME) + 3 :].split("/", 1)[0].split("?", 1)[0]
    host, sep, port_text = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port_text.isdigit() or not (0 < int(port_text) < 65536):
        raise BadAddress()
    return host, int(port_text)


def address_uri(host: str, port: int, nameplate: str) -> str:
    """What the QR code holds: the address and the public nameplate, never the secret digits."""
    return f"{URI_SCHEME}://{format_address(host, port)}/?n={nameplate}"


def address_qr(host: str, port: int, nameplate: str) -> segno.QRCode:
    return segno.make(address_uri(host, port, nameplate), error="m", micro=False)


def qr_png(host: str, port: int, nameplate: str, scale: int = 6) -> bytes:
    import io

    buffer = io.BytesIO()
    address_qr(host, port, nameplate).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


class Announcer:
    """Announces one host on the local network until :meth:`close`.

    Registering (mDNS probing takes a second or two), changing the nameplate and saying goodbye
    all run on the announcer's own thread, in order; no method waits for the network.
    """

    def __init__(
        self,
        port: int,
        nameplate: str,
        *,
        addresses: Sequence[str] | None = None,
        interfaces: Sequence[str] | None = None,
    ) -> None:
        self._addresses = list(addresses or local_addresses())
        self._interfaces = list(interfaces) if interfaces else None
        self._tag = secrets.token_hex(4)
        self._port = port
        self._zc: Zeroconf | None = None
        self._info: ServiceInfo | None = None
        self._jobs: queue.Queue[tuple[str, str]] = queue.Queue()
        self.registered = threading.Event()
        self.failed: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="samtal-mdns", daemon=True)
        self._jobs.put(("register", nameplate))
        self._thread.start()

    def _make_info(self, nameplate: str) -> ServiceInfo:
        return ServiceInfo(
            SERVICE_TYPE,
            f"Samtal {self._tag}.{SERVICE_TYPE}",
            addresses=[socket.inet_aton(a) for a in self._addresses],
            port=self._port,
            properties={"v": "1", "n": nameplate},
            server=f"samtal-{self._tag}.local.",
        )

    def _work(self) -> None:
        while True:
            job, nameplate = self._jobs.get()
            try:
                if job == "register":
                    self._zc = _zeroconf(self._interfaces)
                    self._info = self._make_info(nameplate)
                    self._zc.register_service(self._info)
                elif job == "update" and self._zc is not None and self.failed is None:
                    self._info = self._make_info(nameplate)
                    self._zc.update_service(self._info)
                elif job == "close":
                    if self._zc is not None:
                        with contextlib.suppress(Exception):
                            if self._info is not None and self.failed is None:
                                self._zc.unregister_service(self._info)
                        self._zc.close()
                        self._zc = None
                    return
            except Exception as exc:  # no multicast here: the address and the QR still work
                self.failed = self.failed or exc
            finally:
                if job == "register":
                    self.registered.set()

    def set_nameplate(self, nameplate: str) -> None:
        """A new code was offered: announce its nameplate instead."""
        self._jobs.put(("update", nameplate))

    def close(self, wait: bool = True) -> None:
        self._jobs.put(("close", ""))
        if wait:
            self._thread.join(10)


class _Collector(ServiceListener):
    def __init__(self) -> None:
        self.names: set[str] = set()
        self.changed = threading.Event()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names.add(name)
        self.changed.set()

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names.add(name)
        self.changed.set()

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names.discard(name)


def find_hosts(
    nameplate: str, timeout_s: float = 3.0, *, interfaces: Sequence[str] | None = None
) -> list[tuple[str, int]]:
    """Hosts on the local network announcing ``nameplate``. Blocks up to ``timeout_s``: call it
    off the UI thread. Returns as soon as one is found."""
    import time

    zc = _zeroconf(list(interfaces) if interfaces else None)
    collector = _Collector()
    browser = ServiceBrowser(zc, SERVICE_TYPE, listener=collector)
    deadline = time.monotonic() + timeout_s
    found: list[tuple[str, int]] = []
    try:
        while not found and time.monotonic() < deadline:
            collector.changed.wait(max(0.0, deadline - time.monotonic()))
            collector.changed.clear()
            for name in sorted(collector.names):
                info = zc.get_service_info(SERVICE_TYPE, name, timeout=1000)
                if info is None or info.port is None:
                    continue
                props = info.properties or {}
                if props.get(b"v") != b"1" or props.get(b"n") != nameplate.encode("ascii"):
                    continue
                for addr in info.parsed_addresses(IPVersion.V4Only):
                    found.append((addr, int(info.port)))
    finally:
        browser.cancel()
        zc.close()
    return list(dict.fromkeys(found))


def _zeroconf(interfaces: list[str] | None) -> Zeroconf:
    if interfaces:
        return Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
    return Zeroconf(ip_version=IPVersion.V4Only)
