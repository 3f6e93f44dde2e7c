"""GUIDs that stay the same across exports of the same project.

Every element gets ``uuid5(project namespace, "<kind>/<stable key>")``, the namespace itself
being ``uuid5`` of a fixed Samtal namespace and the project's own random identifier. A re-export
of the same project therefore names the same interview, theme and tag with the same GUID (so a
tool that merges by GUID updates rather than duplicates), while two projects never share one and
a GUID says nothing about what it names.
"""

from __future__ import annotations

import uuid

#: Fixed once; changing it changes every GUID Samtal has ever exported.
SAMTAL_REFI_NAMESPACE = uuid.UUID("9a1c0f53-6f2e-5b8e-a3f1-2d6c4b7e8a10")


class GuidMaker:
    """Makes the GUIDs of one project (see the module docstring)."""

    def __init__(self, project_id: str) -> None:
        if not project_id:
            raise ValueError("a project needs a stable identifier")
        self._namespace = uuid.uuid5(SAMTAL_REFI_NAMESPACE, project_id)

    def __call__(self, kind: str, key: str) -> str:
        return str(uuid.uuid5(self._namespace, f"{kind}/{key}"))
