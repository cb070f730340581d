"""`ascn trust add|list|revoke`: the registry of identity cards whose signatures you accept."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json, print_listing
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.signing.identity import read_card_file
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.signing.trust import TrustEntry, add_card, list_keys, parse_when, revoke
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.i18n import _

CHECK_SENTENCE = "Check this fingerprint with the sender by phone before you trust it."


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    trust = subparsers.add_parser("trust", parents=[common], help=_("the trust registry of signers' keys"))
    sub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)

    add = command(sub, cmd_add, "add", parents=[common], help=_("trust the key of an identity card"))
    add.add_argument("card", type=Path, metavar="CARD", help=_("identity card file (.json)"))
    add.add_argument("--fingerprint", metavar="FP",
                     help=_("the fingerprint the sender read out to you; refused if the card's differs"))
    add.add_argument("--other-country", action="store_true",
                     help=_("confirm trusting a card of another member state than your own identity's"))
    add.add_argument("--succeeds", metavar="OLD_FP",
                     help=_("this key replaces OLD_FP (a replaced officer or a lost key); OLD_FP is revoked from now"))
    add_json_flag(add)

    listing = command(sub, cmd_list, "list", parents=[common], help=_("every key in the registry"))
    add_json_flag(listing)

    rev = command(sub, cmd_revoke, "revoke", parents=[common], help=_("stop trusting a key from a date on"))
    rev.add_argument("fingerprint", metavar="FINGERPRINT")
    rev.add_argument("--reason", required=True, help=_("why (e.g. 'laptop stolen')"))
    rev.add_argument("--at", metavar="DATE",
                     help=_("revoked from this UTC date or time (default: now); bundles this computer received "
                          "before then stay valid"))
    rev.add_argument("--last-good", metavar="FILE_OR_SHA256",
                     help=_("the last bundle known good (its file, or its SHA-256): accepted whenever it arrives"))
    add_json_flag(rev)


def _who(entry: TrustEntry, reference: ReferenceData) -> str:
    """'csco, Viet Nam, Đà Nẵng': names a person checks against what the sender said, not codes."""
    country = reference.member_states.get(entry.country, entry.country)
    city = reference.cities[entry.city].name if entry.city in reference.cities else entry.city
    return f"{entry.role}, {country}{', ' + city if city else ''}"


def _line(entry: TrustEntry, reference: ReferenceData, names: dict[str, str]) -> str:
    state = f"revoked {entry.revoked_at:%Y-%m-%d %H:%M} UTC" if entry.revoked_at else "trusted"
    if entry.vouched_by:
        state += f", vouched for by {names.get(entry.vouched_by, 'a removed key')} ({entry.vouched_by})"
    return visible(f"{entry.fingerprint}  {entry.name} ({_who(entry, reference)})  {state}")


def cmd_add(args: argparse.Namespace) -> int:
    card = read_card_file(args.card)
    with opened_store(args) as store:
        entry = add_card(store, card, expected_fingerprint=args.fingerprint, succeeds=args.succeeds,
                         other_country=args.other_country)
        reference = load_reference(store)
    if args.json:
        print_json(entry)
        return 0
    print(visible(f"Trusted {entry.name} ({_who(entry, reference)})."))
    print(f"Fingerprint: {entry.fingerprint}")
    if args.fingerprint is None:
        print(CHECK_SENTENCE)
    if args.other_country:
        print(_("This card is of {country}, another member state "
              "than yours; you confirmed it with --other-country.").format(
                  country=reference.country_name(entry.country)))
    if args.succeeds:
        print(_("This key succeeds {succeeds}; bundles signed with the old key from now on are refused.").format(
            succeeds=args.succeeds))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        entries = list_keys(store)
        reference = load_reference(store)
    names = {entry.fingerprint: entry.name for entry in entries}
    return print_listing(args, entries, lambda entry: _line(entry, reference, names),
                         empty=_("The trust registry is empty; add identity cards with 'ascn trust add CARD'."),
                         json_rows=[{**_as_dict(e), "status": e.status} for e in entries])


def _as_dict(entry: TrustEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in entry.__dataclass_fields__}


def _last_good(value: str | None) -> str | None:
    """A bundle file's SHA-256, or the digest as given (revoke() checks its form)."""
    if value is None:
        return None
    path = Path(value)
    if path.is_file():
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise ValidationError(_("{name} cannot be read ({reason}).").format(
                name=visible(path.name), reason=exc.strerror or exc)) from None
    return value


def cmd_revoke(args: argparse.Namespace) -> int:
    at = parse_when(args.at) if args.at else None
    last_good = _last_good(args.last_good)
    with opened_store(args) as store:
        entry = revoke(store, args.fingerprint, reason=args.reason, at=at, last_good=last_good)
    if args.json:
        print_json({**_as_dict(entry), "status": entry.status})
        return 0
    assert entry.revoked_at is not None
    print(visible(_("Revoked {name}'s key {fingerprint} from {revoked_at:%Y-%m-%d %H:%M} UTC.").format(
        name=entry.name, fingerprint=entry.fingerprint, revoked_at=entry.revoked_at)))
    print(_("Bundles this computer received before then stay valid; a bundle signed or first received later is "
          "refused, whatever date it carries."))
    if entry.last_good_sha256:
        print(_("The last bundle known good ({last_good_sha256}) stays acceptable.").format(
            last_good_sha256=entry.last_good_sha256))
    return 0
