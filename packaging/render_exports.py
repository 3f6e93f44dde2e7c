"""Render each kind of export of the demo to PNG (LibreOffice + pdftoppm), to look at them.

``python packaging/render_exports.py [OUT_DIR]`` — writes docs/screenshots/export-*.png.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.demo import create_demo  # noqa: E402
from app.export.document import ExportKind  # noqa: E402
from app.export.service import ExportRequest, export_to_file  # noqa: E402
from app.pseudonymise import review  # noqa: E402
from app.store import KdfParams, Project  # noqa: E402


def main(out: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office or not shutil.which("pdftoppm"):
        sys.exit("needs LibreOffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils)")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        project = Project.create(t / "demo", "render lösenord", kdf=KdfParams(1, 8192, 1))
        create_demo(project.db, interviews=3, words_per_interview=1200)
        ids = [int(r[0]) for r in project.db.query("SELECT id FROM interview ORDER BY id")]
        for i in ids:
            review.accept_all(project.db, i)
        jobs = {
            "transcript": ExportRequest(ExportKind.TRANSCRIPT, (ids[0],)),
            "quotes": ExportRequest(ExportKind.QUOTES, tuple(ids)),
            "guide": ExportRequest(ExportKind.GUIDE),
            "consent": ExportRequest(ExportKind.CONSENT),
        }
        for name, request in jobs.items():
            docx = export_to_file(project.db, request, t / f"{name}.docx")
            subprocess.run(
                [
                    office,
                    "--headless",
                    f"-env:UserInstallation=file://{t}/lo",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(t),
                    str(docx),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-singlefile",
                    str(t / f"{name}.pdf"),
                    str(out / f"export-{name}"),
                ],
                check=True,
                timeout=60,
            )
        project.close()
    for p in sorted(out.glob("export-*.png")):
        print(p)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
