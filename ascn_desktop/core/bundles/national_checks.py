"""What a national bundle states, checked against what it carries (docs/bundle-format.md §8).

The NR signs three statements about the city bundles: the manifest's `cities`
list, the endorsement (country, cycle, endorser, cities) and, from format
version 2 on, the vouches: the identity cards of the country's city officers
the NR trusts, and the revocations of city keys the NR withdrew. A reader
that imports a national bundle records these statements, so each is checked
against the carried bundles and refused with its own code when it is false.

The vouches let the Secretariat trust one key per country: a carried city
bundle whose signer the reader does not know is trusted when the (trusted) NR
vouches for exactly that key, for a city of the NR's own country.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ascn_desktop.core.bundles import manifest_strict as ms
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.core.i18n import _

ENDORSEMENT_KIND = "ascn-endorsement"
MAX_TEXT = 20_000
MAX_VOUCHES = 500
ENDORSEMENT_FIELDS = {
    1: ("kind", "document_version", "country", "cycle", "text", "endorsed_by", "endorsed_at", "cities"),
    2: ("kind", "document_version", "country", "cycle", "text", "endorsed_by", "endorsed_at", "cities",
        "vouches", "revocations"),
}
ENDORSED_CITY_FIELDS = {1: ("city", "revision"), 2: ("city", "plan_uuid", "revision")}
REVOCATION_FIELDS = ("fingerprint", "revoked_at", "reason")
# The endorsement's document version follows the bundle's format version.
ENDORSEMENT_VERSION = {1: 1, 2: 2}


def _bad(message: str) -> BundleError:
    return BundleError("endorsement-invalid", _("The endorsement of this national bundle {message}; it was refused.").format(
        message=message))


def _shape(document: Any, required: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise _bad(f"has {where} that is not a JSON object")
    for key in document:
        if key not in required:
            raise _bad(f"has the field “{str(key)[:40]}” in {where}, which the format does not have")
    for key in required:
        if key not in document:
            raise _bad(f"has no “{key}” in {where}")
    return document


@dataclass(frozen=True)
class Vouches:
    """The city keys an NR vouches for (fingerprint -> card) and the ones it revoked (fingerprint -> instant)."""

    cards: dict[str, dict[str, Any]] = field(default_factory=dict)
    revoked: dict[str, tuple[datetime, str]] = field(default_factory=dict)


def check_endorsement(document: Any, manifest: dict[str, Any]) -> Vouches:
    """endorsement.json: the shape of its version, and each statement equal to the signed manifest's."""
    version = ENDORSEMENT_VERSION[manifest["format_version"]]
    if not isinstance(document, dict) or document.get("kind") != ENDORSEMENT_KIND:
        raise _bad("is not an ASCN endorsement")
    if document.get("document_version") != version or isinstance(document.get("document_version"), bool):
        raise _bad(f"is not of document version {version}, the one a version {manifest['format_version']} "
                   "national bundle carries")
    _shape(document, ENDORSEMENT_FIELDS[version], "the endorsement")
    if not isinstance(document["text"], str) or len(document["text"]) > MAX_TEXT:
        raise _bad("has a missing or overlong text")
    endorser = _shape(document["endorsed_by"], ("name", "fingerprint"), "“endorsed_by”")
    if not isinstance(document["endorsed_at"], str) or not ms.TIMESTAMP.match(document["endorsed_at"]):
        raise _bad("has no valid date")
    if document["country"] != manifest["country"]:
        raise BundleError("endorsement-country", _("The endorsement of this national bundle names the member "
                          "state {document}, but the bundle is {manifest}'s; "
                          "it was refused.").format(
                              document=str(document['country'])[:12], manifest=manifest['country']))
    if document["cycle"] != manifest["cycle"]:
        raise BundleError("endorsement-cycle", _("The endorsement of this national bundle is for the cycle "
                          "{document}, but the bundle is for {manifest}; it was refused.").format(
                              document=str(document['cycle'])[:12], manifest=manifest['cycle']))
    signer = manifest["signer"]
    if endorser["fingerprint"] != signer["fingerprint"] or endorser["name"] != signer["name"]:
        raise BundleError("endorsement-signer", _("The endorsement of this national bundle is in the name of "
                          "{endorser} ({endorser_fingerprint}), but it was signed "
                          "by {signer} ({signer_fingerprint}); an NR endorses only in their own name.").format(
                              endorser=str(endorser['name'])[:80], endorser_fingerprint=str(endorser['fingerprint'])[:40], signer=signer['name'],
                              signer_fingerprint=signer['fingerprint']))
    cities = document["cities"]
    if not isinstance(cities, list) or not cities:
        raise BundleError("endorsement-no-cities", _("The endorsement of this national bundle endorses no city "
                          "plan, while the bundle carries some; it was refused."))
    fields = ENDORSED_CITY_FIELDS[version]
    endorsed = sorted(repr(tuple(_shape(entry, fields, "an endorsed city")[key] for key in fields))
                      for entry in cities)
    if endorsed != sorted(repr(tuple(entry[key] for key in fields)) for entry in manifest["cities"]):
        raise BundleError("endorsement-cities", _("The endorsement of this national bundle endorses other city "
                          "plans (or revisions) than the ones its signed city list names; it was refused."))
    if version == 1:
        return Vouches()
    return _vouches(document, manifest)


def _vouches(document: dict[str, Any], manifest: dict[str, Any]) -> Vouches:
    vouched, revoked = document["vouches"], document["revocations"]
    if not isinstance(vouched, list) or not isinstance(revoked, list) or len(vouched) + len(revoked) > MAX_VOUCHES:
        raise _bad("has vouches or revocations that are not lists of the allowed length")
    cards: dict[str, dict[str, Any]] = {}
    for card in vouched:
        try:
            ms.check_card(card, where="a vouched identity card")
        except BundleError as error:
            raise BundleError("vouch-invalid", _("The endorsement of this national bundle vouches for a "
                              "malformed identity card ({message}); it was refused.").format(
                                  message=error.message)) from None
        from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_from_b64

        if fingerprint_of(public_key_from_b64(card["public_key"])) != card["fingerprint"]:
            raise BundleError("vouch-invalid", _("The endorsement of this national bundle vouches for the card of "
                              "{card}, whose fingerprint does not belong to its key; it was refused.").format(
                                  card=card['name'][:80]))
        if card["role"] != "csco" or card["city"] is None:
            raise BundleError("vouch-invalid", _("The endorsement of this national bundle vouches for "
                              "{card}, who is not a city officer; an NR vouches only for the "
                              "city keys of the country.").format(card=card['name'][:80]))
        if card["country"] != manifest["country"] or not card["city"].startswith(manifest["country"] + "-"):
            raise BundleError("vouch-other-country", _("The endorsement of this national bundle vouches for "
                              "{officer}, an officer of {officer_country}, another member state than "
                              "{country}; an NR vouches only for its own country's cities.").format(
                                  officer=card['name'][:80], officer_country=card['country'], country=manifest['country']))
        if card["fingerprint"] in cards:
            raise _bad(f"vouches twice for {card['fingerprint']}")
        cards[card["fingerprint"]] = card
    withdrawn: dict[str, tuple[datetime, str]] = {}
    for entry in revoked:
        _shape(entry, REVOCATION_FIELDS, "a revocation")
        if not isinstance(entry["fingerprint"], str) or not ms.FINGERPRINT.match(entry["fingerprint"]) \
                or not isinstance(entry["reason"], str) or len(entry["reason"]) > 1000:
            raise _bad("has a malformed revocation")
        if entry["fingerprint"] in cards or entry["fingerprint"] in withdrawn:
            raise _bad(f"both vouches for and revokes {entry['fingerprint']}, or revokes it twice")
        try:
            at = ms.timestamp(entry["revoked_at"], "revoked_at")
        except BundleError:
            raise _bad("has a revocation without a valid date") from None
        withdrawn[entry["fingerprint"]] = (at, entry["reason"])
    return Vouches(cards=cards, revoked=withdrawn)


def check_city_list(manifest: dict[str, Any]) -> None:
    """One carried bundle per city (a second one would let the reader pick which revision is endorsed)."""
    seen: dict[str, str] = {}
    for entry in manifest["cities"]:
        if entry["city"] in seen:
            raise BundleError("national-duplicate-city", _("This national bundle carries two bundles of the city "
                              "{city} ({first_file} and "
                              "{second_file}); a national bundle carries one per city.").format(
                                  city=entry['city'], first_file=seen[entry['city']].split('/', 1)[1],
                                  second_file=entry['file'].split('/', 1)[1]))
        seen[entry["city"]] = entry["file"]


def check_carried(manifest: dict[str, Any], entry: dict[str, Any], inner: dict[str, Any], fingerprint: str) -> None:
    """A verified carried city bundle agrees with the national bundle and with its entry in the signed list."""
    file = entry["file"].split("/", 1)[1]
    if inner["country"] != manifest["country"]:
        raise BundleError("inner-wrong-country", _("The city bundle {file} inside this national bundle belongs to "
                          "{inner}, not {manifest}; the whole national bundle was refused.").format(
                              file=file, inner=inner['country'], manifest=manifest['country']))
    if inner["cycle"] != manifest["cycle"]:
        raise BundleError("inner-wrong-cycle", _("The city bundle {file} inside this national bundle is a plan for "
                          "the cycle {inner}, not {manifest}; the whole national bundle was "
                          "refused.").format(file=file, inner=inner['cycle'], manifest=manifest['cycle']))
    stated = {"city": entry["city"], "plan_uuid": entry["plan_uuid"], "revision": entry["revision"],
              "bundle_uuid": entry["bundle_uuid"], "signer_fingerprint": entry["signer_fingerprint"]}
    carried = {"city": inner["city"], "plan_uuid": inner["plan_uuid"], "revision": inner["revision"],
               "bundle_uuid": inner["bundle_uuid"], "signer_fingerprint": fingerprint}
    for key in stated:
        if stated[key] != carried[key]:
            words = key.replace("_", " ")
            raise BundleError("national-city-mismatch", _("The signed city list of this national bundle gives {file} "
                              "the {words} {stated}, but the bundle it carries has {carried}; the whole "
                              "national bundle was refused.").format(
                                  file=file, words=words, stated=stated[key], carried=carried[key]))
    suffix = f"-{inner['cycle']}-r{inner['revision']}.ascn"
    if not file.startswith(inner["country"] + "-") or not file.endswith(suffix):
        raise BundleError("national-file-name", _("The city bundle {file} inside this national bundle is revision "
                          "{revision} of a {country} plan for {cycle}, which its name "
                          "must say (…{suffix}); the whole national bundle was refused.").format(
                              file=file, revision=inner['revision'], country=inner['country'],
                              cycle=inner['cycle'], suffix=suffix))


TrustAnswer = tuple[str, str, str]


def vouched_trust(base: Callable[[Any, datetime], TrustAnswer], vouches: Vouches, *,
                  nr_name: str) -> Callable[[Any, datetime], TrustAnswer]:
    """The reader's own answer first; a key it does not know is trusted when the (trusted) NR vouches
    for it. A revocation the NR carries refuses a bundle signed at or after it, whoever else trusts the key."""

    def check(signer: Any, when: datetime) -> TrustAnswer:
        withdrawn = vouches.revoked.get(signer.fingerprint)
        if withdrawn is not None and when >= withdrawn[0]:
            return ("invalid", "signer-revoked", f"The bundle was signed by {signer.name} on {when:%Y-%m-%d}, after "
                    f"{nr_name} revoked that key on {withdrawn[0]:%Y-%m-%d} ({withdrawn[1][:120]}); it cannot be "
                    "accepted.")
        status, code, reason = base(signer, when)
        card = vouches.cards.get(signer.fingerprint)
        if status == "untrusted" and card is not None and card["public_key"] == signer.card["public_key"]:
            return ("valid", "ok", "")
        return (status, code, reason)
    return check
