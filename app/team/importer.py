"""Importing a package: decrypt, check, merge in one transaction; or preview (``dry_run``).

The preview *is* the import, rolled back: the same code decides what is new, what changes,
what conflicts and what is erased, so what the dialog shows is exactly what "Importera"
does. Records are applied as age authenticates them, inside one transaction that commits
only after the whole file has been read and checked; any error rolls everything back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.interview.background import MAX_CATEGORIES
from app.security.erasure import Reason, compact_after_erasure, erase_interview
from app.store.project import Project, now_iso
from app.team import colisten_store, validate
from app.team.background import BackgroundResolver
from app.team.envelope import read_outer_header, read_package, unlock_passphrase_slot
from app.team.errors import BACKGROUND_FULL, DAMAGED, WRONG_KIND, PackageError
from app.team.export import RecordBuilder
from app.team.guides import GuideCatalogue
from app.team.keys import project_identity
from app.team.merge_interview import MergeContext, merge_interview
from app.team.quotes_merge import merge_quotes
from app.team.report import ImportReport
from app.team.stream import Record
from app.team.sync import SyncState
from app.team.themes import ThemeResolver

log = logging.getLogger(__name__)
_ORIGIN = re.compile(r"^[0-9a-f]{32}$")
OWN_PACKAGE = "package_own"
_REASONS = {r.value for r in Reason}


class _Rollback(Exception):
    """Ends a preview: everything it did is rolled back."""


@dataclass
class ImportOptions:
    passphrase: str | None = None
    dry_run: bool = False
    theme_map: dict[str, int] | None = None  # incoming theme path → local theme id
    # (incoming variable name, incoming category) → a category of the matched local variable
    category_map: dict[tuple[str, str], str] | None = None
    offset_ms: int | None = None  # co-listener quotes: clock offset, None = automatic
    kinds: tuple[str, ...] = ("interviews", "quotes", "colistener")


def import_package(
    project: Project,
    path: Path,
    options: ImportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import (or preview) ``path`` into ``project``. Returns what happened (content-free).

    Raises:
        PackageError: not a package, newer, damaged, wrong key or passphrase, a package
            made by this project, or a kind ``options.kinds`` does not accept.
        StoreError: the database could not be written (nothing changed).
    """
    opts = options or ImportOptions()
    outer = read_outer_header(path)
    if outer.kind not in opts.kinds:
        raise PackageError(WRONG_KIND, kind=outer.kind)
    db = project.db
    identity = project_identity(db)
    package_identity = None
    if opts.passphrase is not None and outer.has_passphrase:
        package_identity = unlock_passphrase_slot(outer, opts.passphrase)
    run = _Run(project, opts)
    try:
        with db.atomic():
            read_package(
                path,
                run.record,
                identity=identity,
                package_identity=package_identity,
                progress=progress,
                on_header=run.start,
            )
            run.finish()
            if opts.dry_run:
                raise _Rollback
    except _Rollback:
        pass
    report = run.report
    if not opts.dry_run and run.erased_anything:
        compact_after_erasure(db)
    log.info(
        "package %s (%s): %d interviews, %d erased",
        "previewed" if opts.dry_run else "imported",
        report.kind,
        len(report.interviews),
        len(report.erased),
    )
    return report


class _Run:
    """One pass over a package's records."""

    def __init__(self, project: Project, opts: ImportOptions) -> None:
        self.project = project
        self.db = project.db
        self.opts = opts
        self._report: ImportReport | None = None
        self._ctx: MergeContext | None = None
        self.guide_docs: dict[str, tuple[str, Any]] = {}
        self.theme_records: list[Record] = []
        self.erased_anything = False

    @property
    def report(self) -> ImportReport:
        if self._report is None:
            raise PackageError(DAMAGED)
        return self._report

    @property
    def ctx(self) -> MergeContext:
        if self._ctx is None:
            raise PackageError(DAMAGED)
        return self._ctx

    def start(self, header: Record) -> None:
        origin, seq = header.get("origin"), header.get("seq")
        if not isinstance(origin, str) or not _ORIGIN.match(origin):
            raise PackageError(DAMAGED)
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise PackageError(DAMAGED)
        if origin == self.project.project_id:
            raise PackageError(OWN_PACKAGE)
        created = header.get("created_at")
        self._report = ImportReport(
            str(header["kind"]),
            origin,
            seq,
            created if isinstance(created, str) else "",
            self.opts.dry_run,
        )
        self._ctx = MergeContext(
            self.db,
            origin,
            seq,
            now_iso(),
            SyncState(self.db, origin),
            ThemeResolver(self.db, self.opts.theme_map),
            RecordBuilder(self.db),
            BackgroundResolver(self.db, self.opts.category_map),
            int(header["format_version"]),
        )
        self.catalogue = GuideCatalogue(self.db)

    def record(self, record: Record) -> None:
        kind, t = self.report.kind, record["t"]
        handler = _HANDLERS.get((kind, t))
        if handler is None:
            raise PackageError(DAMAGED)
        handler(self, record)

    # -- records -------------------------------------------------------------------------------
    def guide(self, record: Record) -> None:
        ref, sha = validate.text(record, "ref", limit=20), validate.text(record, "sha256", limit=64)
        if ref in self.ctx.guides:
            raise PackageError(DAMAGED)
        refs, created = self.catalogue.ensure(sha, record.get("guide"))
        self.ctx.guides[ref] = refs
        self.guide_docs[ref] = (refs.sha256, record.get("guide"))
        if created:
            self.report.guides_added.append(refs.guide.title)

    def theme(self, record: Record) -> None:
        path = validate.path(record.get("path"))
        description = validate.text(record, "description", limit=2000)
        colour = validate.text(record, "colour", limit=20)
        self.ctx.themes.describe(path, description, colour)
        self.ctx.themes.local_id(path)
        self.theme_records.append({"path": path, "colour": colour})

    def background(self, record: Record) -> None:
        if self.ctx.format_version < 2:  # format 1 has no such record
            raise PackageError(DAMAGED)
        self.ctx.background.define(record)

    def briefing_guide(self, record: Record) -> None:
        """A co-listener package's guide is kept in the briefing, not added to the project."""
        ref, sha = validate.text(record, "ref", limit=20), validate.text(record, "sha256", limit=64)
        self.catalogue.parse(record.get("guide"))
        self.guide_docs[ref] = (sha, record.get("guide"))

    def briefing_theme(self, record: Record) -> None:
        path = validate.path(record.get("path"))
        colour = validate.text(record, "colour", limit=20)
        self.theme_records.append({"path": path, "colour": colour})

    def names(self, record: Record) -> None:
        for name in validate.strings(record, "names"):
            cur = self.db.execute(
                "INSERT OR IGNORE INTO name_entry (interview_id, name, created_at) VALUES"
                " (NULL, ?, ?)",
                (name, self.ctx.now),
            )
            self.report.names_added += int(cur.rowcount or 0)

    def deletion(self, record: Record) -> None:
        """Withdrawal travels: erase the interview here too, or log that it was erased."""
        uid, code = validate.uid(record), validate.code(record)
        at = validate.text(record, "at", limit=40)
        auditor = validate.text(record, "auditor", limit=12)
        reason = validate.text(record, "reason", limit=40)
        action = validate.text(record, "action", limit=40)
        self.ctx.erased_uids.add(uid)
        colisten_store.erase_sessions(self.db, uid)
        if self.db.scalar(
            "SELECT EXISTS (SELECT 1 FROM deletion_log WHERE interview_uid = ?)", (uid,)
        ):
            return
        local = self.db.scalar("SELECT id FROM interview WHERE uid = ?", (uid,))
        if local is not None:
            erased = erase_interview(
                self.db,
                int(local),
                auditor if " " not in auditor else "",
                reason if reason in _REASONS else Reason.WITHDRAWAL.value,
                compact=False,
            )
            self.report.erased.append(erased)
            self.erased_anything = True
            return
        self.db.execute(
            "INSERT INTO deletion_log (at, participant_code, action, auditor_code, reason,"
            " interview_uid) VALUES (?, ?, ?, ?, ?, ?)",
            (at, code, f"received:{action}"[:40], auditor, reason, uid),
        )
        self.report.deletions_logged += 1

    def interview(self, record: Record) -> None:
        self.report.interviews.append(merge_interview(self.ctx, record))

    def quotes(self, record: Record) -> None:
        if self.report.quotes is not None:
            raise PackageError(DAMAGED)
        self.report.quotes = merge_quotes(self.ctx, self.catalogue, record, self.opts.offset_ms)

    def colistener(self, record: Record) -> None:
        if self.report.colistener_code is not None:
            raise PackageError(DAMAGED)
        code, new = colisten_store.store_briefing(
            self.db, record, self.guide_docs, self.theme_records, self.report.origin, self.ctx.now
        )
        self.report.colistener_code, self.report.colistener_new = code, new

    def finish(self) -> None:
        self.report.themes_added = list(self.ctx.themes.added)
        self.report.variables_added = list(self.ctx.background.variables_added)
        self.report.new_categories = list(self.ctx.background.categories)
        unplaced = self.ctx.background.unplaced
        if unplaced and not self.opts.dry_run:  # never drop an interview's category
            raise PackageError(
                BACKGROUND_FULL,
                variable=unplaced[0].variable,
                category=unplaced[0].category,
                limit=MAX_CATEGORIES,
            )
        self.db.execute(
            "INSERT OR IGNORE INTO team_import (origin, seq, kind, imported_at)"
            " VALUES (?, ?, ?, ?)",
            (self.report.origin, self.report.seq, self.report.kind, self.ctx.now),
        )


_HANDLERS: dict[tuple[str, str], Callable[[_Run, Record], None]] = {
    ("interviews", "guide"): _Run.guide,
    ("interviews", "theme"): _Run.theme,
    ("interviews", "background"): _Run.background,
    ("interviews", "names"): _Run.names,
    ("interviews", "deletion"): _Run.deletion,
    ("interviews", "interview"): _Run.interview,
    ("colistener", "guide"): _Run.briefing_guide,
    ("colistener", "theme"): _Run.briefing_theme,
    ("colistener", "colistener"): _Run.colistener,
    ("quotes", "quotes"): _Run.quotes,
}
