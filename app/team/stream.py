"""The inner serialisation of a package: JSON records, one per line, deflated, streamed.

Writing, :class:`RecordSource` is a readable stream that pulls one record at a time from a
generator, encodes and compresses it, and hands out the compressed bytes as they are asked
for (by the age encryptor). Reading, :class:`RecordSink` is a writable stream that receives
decrypted chunks, inflates them, splits lines and hands each decoded record to a callback.
Neither side ever holds more than one record (plus a chunk) of plaintext, so a package of a
hundred interviews is never in memory whole, and nothing is written to disk in between.

The content is untrusted input (anyone who knows a public recipient key can make a
package): lines are bounded, every record must be a JSON object with a string ``t``, and
exceptions raised by the callback are kept and re-raised by the caller unchanged.
"""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from app.team.errors import DAMAGED, PackageError

#: Longest accepted record line (an interview with all its notes is one line).
MAX_LINE_BYTES = 64 * 1024 * 1024
#: Decompressed bytes produced per step, so a small chunk cannot expand without bound.
_INFLATE_STEP = 1024 * 1024
_LEVEL = 6

Record = dict[str, Any]


def encode_record(record: Record) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


class RecordSource(io.RawIOBase):
    """A readable stream of the compressed serialisation of ``records``.

    An exception raised by the generator (a database error, say) is kept in :attr:`error`
    and the stream ends early; the caller re-raises it after the encryptor returns.
    """

    def __init__(self, records: Iterator[Record]) -> None:
        super().__init__()
        self._records = records
        self._deflate = zlib.compressobj(_LEVEL)
        self._buffer = bytearray()
        self._done = False
        self.error: BaseException | None = None
        self.records = 0
        self.plain_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        while len(self._buffer) < len(view) and not self._done:
            self._pull()
        n = min(len(view), len(self._buffer))
        view[:n] = self._buffer[:n]
        del self._buffer[:n]
        return n

    def _pull(self) -> None:
        try:
            record = next(self._records)
        except StopIteration:
            self._buffer += self._deflate.flush()
            self._done = True
            return
        except BaseException as exc:  # noqa: BLE001 - re-raised by the caller
            self.error = exc
            self._done = True
            return
        line = encode_record(record)
        self.records += 1
        self.plain_bytes += len(line)
        self._buffer += self._deflate.compress(line)


class RecordSink(io.RawIOBase):
    """A writable stream that inflates, splits and decodes records for ``on_record``.

    After the decryptor returns, call :meth:`finish`: it raises what went wrong (the
    callback's own exception, or ``PackageError(package_damaged)``) or confirms the
    stream ended cleanly (complete deflate stream, no partial line).
    """

    def __init__(self, on_record: Callable[[Record], None]) -> None:
        super().__init__()
        self._on_record = on_record
        self._inflate = zlib.decompressobj()
        self._line = bytearray()
        self.error: BaseException | None = None
        self.records = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = bytes(b)
        if self.error is not None:
            raise OSError("record sink failed")
        try:
            self._feed(data)
        except BaseException as exc:  # noqa: BLE001 - re-raised by finish()
            self.error = exc
            raise OSError("record sink failed") from None
        return len(data)

    def _feed(self, data: bytes) -> None:
        if self._inflate.eof:
            if data:
                raise PackageError(DAMAGED)
            return
        try:
            chunk = self._inflate.decompress(data, _INFLATE_STEP)
            self._split(chunk)
            while self._inflate.unconsumed_tail and not self._inflate.eof:
                chunk = self._inflate.decompress(self._inflate.unconsumed_tail, _INFLATE_STEP)
                self._split(chunk)
        except zlib.error:
            raise PackageError(DAMAGED) from None
        if self._inflate.eof and self._inflate.unused_data:
            raise PackageError(DAMAGED)

    def _split(self, chunk: bytes) -> None:
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                self._line += chunk[start:]
                if len(self._line) > MAX_LINE_BYTES:
                    raise PackageError(DAMAGED)
                return
            self._line += chunk[start:end]
            if len(self._line) > MAX_LINE_BYTES:
                raise PackageError(DAMAGED)
            line = bytes(self._line)
            self._line.clear()
            self._record(line)
            start = end + 1

    def _record(self, line: bytes) -> None:
        try:
            record = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise PackageError(DAMAGED) from None
        if not isinstance(record, dict) or not isinstance(record.get("t"), str):
            raise PackageError(DAMAGED)
        self.records += 1
        self._on_record(record)

    def finish(self) -> None:
        if self.error is not None:
            raise self.error
        if not self._inflate.eof or self._line:
            raise PackageError(DAMAGED)
