"""What importing one bundle ended in: a line of the results list (CLI, GUI, --json)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ImportOutcome:
    """One line of the results list."""

    file: str
    status: str  # imported | already | refused | skipped
    code: str
    message: str
    kind: str | None = None
    city: str | None = None
    revision: int | None = None
    plan_ids: list[int] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "code": self.code, "message": self.message,
                "kind": self.kind, "city": self.city, "revision": self.revision, "plan_ids": self.plan_ids,
                "details": self.details}
