"""The victim of the crash-safety test: edits, imports and exports in a loop until killed.

Run by tests/test_crash_safety.py, which kills it with SIGKILL at a random
moment and then checks the profile. Before each change the child prints
``INTENT <op> <key> <value>`` and after the change returned (its transaction
committed, its file renamed into place) ``COMMITTED <op> <key> <value>``, one
line each, flushed at once, so the parent knows exactly which changes must be
in the store and which may or may not be.

Operations (chosen at random, seeded):
- add / edit / delete a project of the plan (core.plans.save_project / delete_project);
- import some of the prepared bundles at once, like a folder (core.bundle_import.import_bundles), when given;
- export the plan as a signed bundle into --export-out (core.bundle_export.export_bundle), when given;
- change the key's passphrase back and forth (core.identity), when given.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
from pathlib import Path

from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import delete_project, project_rows, save_project
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store


def say(*words: object) -> None:
    sys.stdout.write(" ".join(str(word) for word in words) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--plan-id", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bundles", nargs="*", default=[])
    parser.add_argument("--export-out")
    parser.add_argument("--passphrases", nargs=2, help="the key's passphrase now and the one to switch to")
    parser.add_argument("--limit", type=int, default=10**9, help="stop after this many changes (for debugging)")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    store = open_profile_store(resolve_profile(args.home))
    plan_id = args.plan_id
    existing = [row.uuid for row in project_rows(store, plan_id)]
    bundles = [Path(name) for name in args.bundles]
    abort = threading.Event()
    passphrases = list(args.passphrases or [])
    ops = ["add", "add", "edit", "edit", "delete"]
    if bundles:
        ops.append("import")
    if args.export_out and passphrases:
        ops.append("export")
    if passphrases:
        ops.append("rekey")
    say("READY", plan_id)
    for counter in range(args.limit):
        op = rng.choice(ops)
        if op in ("edit", "delete") and not existing:
            op = "add"
        if op == "add" and len(existing) > 30:  # keep the plan small so exports stay quick
            op = "delete"
        if op == "add":
            project = Project(code=f"C{args.seed}-{counter}", title=f"Đà-Nẵng-{args.seed}-{counter}",
                              focus_area="BI")
            say("INTENT", op, project.id, project.title)
            save_project(store, plan_id, project)
            existing.append(project.id)
            say("COMMITTED", op, project.id, project.title)
        elif op == "edit":
            project_id = rng.choice(existing)
            title = f"Hà-Nội-{args.seed}-{counter}"
            say("INTENT", op, project_id, title)
            save_project(store, plan_id, Project(id=project_id, code=f"E{args.seed}-{counter}", title=title,
                                                 focus_area="QE"))
            say("COMMITTED", op, project_id, title)
        elif op == "delete":
            project_id = existing.pop(rng.randrange(len(existing)))
            say("INTENT", op, project_id, "-")
            delete_project(store, plan_id, project_id)
            say("COMMITTED", op, project_id, "-")
        elif op == "import":
            from ascn_desktop.core.bundles.bundle_import import import_bundles

            # One to all of the bundles at once, as a folder import does: one batch, one commit.
            chosen = rng.sample(bundles, rng.randint(1, len(bundles)))
            for bundle in chosen:
                say("INTENT", op, bundle.name, "-")
            outcomes = import_bundles(store, chosen, abort=abort)
            for bundle, outcome in zip(chosen, outcomes, strict=True):
                say("COMMITTED", op, bundle.name, outcome.status)
        elif op == "export":
            from ascn_desktop.core.bundles.bundle_export import export_bundle

            say("INTENT", op, plan_id, "-")
            result = export_bundle(store, plan_id, Path(args.export_out), as_draft=True, passphrase=passphrases[0], abort=abort)
            say("COMMITTED", op, plan_id, result.path.name)
        elif op == "rekey":
            from ascn_desktop.core.signing.identity import change_passphrase, require_identity

            old, new = passphrases
            say("INTENT", op, "key", new)
            change_passphrase(require_identity(store), old, new)
            passphrases = [new, old]
            say("COMMITTED", op, "key", new)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
