"""Write resources/schema/plan.schema.json from the field declarations (`make schema`).

The schema is generated (ascn_desktop/core/bundles/plan_schema.py) and checked in: the file is
the public contract that other programs read; tests/test_plan_schema.py fails when it is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ascn_desktop.core.bundles.plan_schema import schema_text  # noqa: E402

TARGET = ROOT / "resources" / "schema" / "plan.schema.json"


def main() -> None:
    text = schema_text()
    if TARGET.read_text(encoding="utf-8") == text:
        print(f"{TARGET.relative_to(ROOT)} is current")
        return
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
