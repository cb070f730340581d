"""Typed SQLAlchemy 2.x models of the store.

Schema changes are never made here alone: each one is an Alembic revision in
``db/versions`` (tests/test_migrations.py checks the two agree).
Money columns are INTEGER hundredths, indicator values canonical decimal text,
datetimes UTC ISO text: nothing is ever a float.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ascn_desktop.store.types import DecimalText, Money, UtcDateTime


class Base(DeclarativeBase):
    pass


# --- reference data -------------------------------------------------------


class MemberState(Base):
    __tablename__ = "member_states"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)  # ISO 3166-1 alpha-3
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    position: Mapped[int] = mapped_column(Integer, default=0)
    joined_year: Mapped[int | None] = mapped_column(Integer)  # year it joined ASEAN (Timor-Leste: 2025)
    cities: Mapped[list[City]] = relationship(back_populates="member_state", order_by="City.position")


class City(Base):
    __tablename__ = "cities"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("member_states.code"))
    name: Mapped[str] = mapped_column(String(200))  # local spelling, with diacritics
    name_en: Mapped[str] = mapped_column(String(200))
    pilot: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_year: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_local: Mapped[str] = mapped_column(String(200), default="")  # in the country's own script
    left_year: Mapped[int | None] = mapped_column(Integer)  # the last year it was in the network
    note: Mapped[str] = mapped_column(Text, default="")  # what is uncertain about the record
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)  # other spellings people type
    member_state: Mapped[MemberState] = relationship(back_populates="cities")


class Cycle(Base):
    __tablename__ = "cycles"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    # Which vocabulary kinds classify this cycle's projects ({"focus_areas": "focus_areas", ...});
    # None until the Secretariat publishes the cycle's own code lists.
    classification: Mapped[dict[str, str] | None] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")


class VocabularyTerm(Base):
    """Focus areas, outcomes, SDGs, statuses, funding types: codes forever, labels may change."""

    __tablename__ = "vocabulary_terms"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)  # "Civic & Social" reads as CS


class Partner(Base):
    __tablename__ = "partners"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # multilateral | dialogue_partner | programme | other
    position: Mapped[int] = mapped_column(Integer, default=0)
    programme_of: Mapped[str | None] = mapped_column(String(32))  # a partner programme's partner code


class Currency(Base):
    __tablename__ = "currencies"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)  # ISO 4217
    name: Mapped[str] = mapped_column(String(100))
    decimals: Mapped[int] = mapped_column(Integer)


class ReferencePack(Base):
    """A signed reference pack this profile applied on top of the built-in baseline (docs/reference-packs.md)."""

    __tablename__ = "reference_packs"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_fingerprint: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)  # the pack file exactly as received (UTF-8 JSON)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ReferenceFile(Base):
    """Which version of each reference file has been loaded into this store."""

    __tablename__ = "reference_files"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(UtcDateTime)


# --- plans ------------------------------------------------------------------


class PlanRow(Base):
    """A plan. Local plans have one row; each imported revision has its own row."""

    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("uuid", "origin", "revision", name="uq_plans_uuid_origin_revision"),
        Index("ix_plans_city_cycle", "city", "cycle"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    city: Mapped[str] = mapped_column(ForeignKey("cities.code"))
    cycle: Mapped[str] = mapped_column(ForeignKey("cycles.code"))
    origin: Mapped[str] = mapped_column(String(16), default="local")  # local | imported
    title: Mapped[str] = mapped_column(Text, default="")
    vision: Mapped[str] = mapped_column(Text, default="")
    blueprint: Mapped[str] = mapped_column(Text, default="")
    focus_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcomes: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_over_from: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    # Imported plans: the newest revision is current; older ones stay as history.
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    bundle_id: Mapped[int | None] = mapped_column(ForeignKey("imported_bundles.id"))
    review_status: Mapped[str | None] = mapped_column(String(16))  # received | accepted | returned
    review_reason: Mapped[str | None] = mapped_column(Text)
    # Local plans: hash of the canonical content at the last export (revision bookkeeping).
    exported_hash: Mapped[str | None] = mapped_column(String(64))

    projects: Mapped[list[ProjectRow]] = relationship(
        back_populates="plan", order_by="ProjectRow.position", cascade="all, delete-orphan"
    )


class ProjectRow(Base):
    __tablename__ = "projects"
    __table_args__ = (
        UniqueConstraint("plan_id", "uuid", name="uq_projects_plan_uuid"),
        Index("ix_projects_plan_position", "plan_id", "position"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    focus_area: Mapped[str | None] = mapped_column(String(32))
    outcomes: Mapped[list[str]] = mapped_column(JSON, default=list)
    sdgs: Mapped[list[int]] = mapped_column(JSON, default=list)
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    lead_agency: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="")
    budget_usd: Mapped[Decimal | None] = mapped_column(Money)
    seeks_private_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    private_sector_need: Mapped[str] = mapped_column(Text, default="")
    partner: Mapped[str | None] = mapped_column(String(32))
    risks: Mapped[str] = mapped_column(Text, default="")
    carried_over_from: Mapped[str | None] = mapped_column(String(36))
    # Accent- and case-folded code + title + agency, so the filter bar can match fast.
    search_text: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[PlanRow] = relationship(back_populates="projects")
    funding: Mapped[list[FundingRow]] = relationship(
        order_by="FundingRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    milestones: Mapped[list[MilestoneRow]] = relationship(
        order_by="MilestoneRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    indicators: Mapped[list[IndicatorRow]] = relationship(
        order_by="IndicatorRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    progress_notes: Mapped[list[ProgressNoteRow]] = relationship(
        order_by="ProgressNoteRow.year", cascade="all, delete-orphan", passive_deletes=True
    )


class ProjectChild:
    """The columns every listed child of a project has: its id, stable uuid, project and place in the list."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class FundingRow(ProjectChild, Base):
    __tablename__ = "funding_sources"
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(Money)


class MilestoneRow(ProjectChild, Base):
    __tablename__ = "milestones"
    title: Mapped[str] = mapped_column(Text, default="")
    due_year: Mapped[int] = mapped_column(Integer)
    due_quarter: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    percent: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorRow(ProjectChild, Base):
    __tablename__ = "indicators"
    name: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(100), default="")
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    values: Mapped[list[IndicatorValueRow]] = relationship(
        order_by="IndicatorValueRow.year", cascade="all, delete-orphan", passive_deletes=True
    )


class IndicatorValueRow(Base):
    __tablename__ = "indicator_values"
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[Decimal | None] = mapped_column(DecimalText)
    actual: Mapped[Decimal | None] = mapped_column(DecimalText)
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")


class ProgressNoteRow(Base):
    __tablename__ = "progress_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


# --- keys, trust, bundles, reviews -------------------------------------------


class IdentityRow(Base):
    """This profile's own signing identity (the private key is an encrypted file, not here)."""

    __tablename__ = "identities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(8))  # csco | nr | asec
    country: Mapped[str] = mapped_column(String(3))
    city: Mapped[str | None] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(100))  # base64 of the raw 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(100), unique=True)
    key_file: Mapped[str] = mapped_column(Text)  # relative to the profile folder
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class TrustedKey(Base):
    """A public key in the trust registry, imported from an identity card."""

    __tablename__ = "trusted_keys"
    fingerprint: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(8))
    country: Mapped[str] = mapped_column(String(3))
    city: Mapped[str | None] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(100))
    card_json: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    successor_fingerprint: Mapped[str | None] = mapped_column(String(100))
    # The NR whose national bundle vouched for this city key (bundle format 2); None: trusted by hand.
    vouched_by: Mapped[str | None] = mapped_column(String(100))
    # The last bundle known good of a revoked key (SHA-256 of its file): accepted whenever it arrives.
    last_good_sha256: Mapped[str | None] = mapped_column(String(64))


class ImportedBundle(Base):
    """Every bundle accepted into the store, traceable to its archived bytes and signer."""

    __tablename__ = "imported_bundles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # city-plan | national | review-note
    file_name: Mapped[str] = mapped_column(Text)
    archive_path: Mapped[str] = mapped_column(Text)  # relative to the profile folder
    size: Mapped[int] = mapped_column(Integer)
    signer_fingerprint: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    plan_uuid: Mapped[str | None] = mapped_column(String(36))
    revision: Mapped[int | None] = mapped_column(Integer)
    city: Mapped[str | None] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(3))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("imported_bundles.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class BundleFirstSeen(Base):
    """When this store first saw a bundle: the time a revoked key's bundle is judged by (not its own date)."""

    __tablename__ = "bundle_first_seen"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    signer_fingerprint: Mapped[str] = mapped_column(String(100))


class ReviewRow(Base):
    """A review decision on a plan revision: given here, or received from a reviewer."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(8))  # given | received
    status: Mapped[str] = mapped_column(String(16))  # accepted | returned | consolidated (given: carried in a national bundle)
    reason: Mapped[str] = mapped_column(Text, default="")
    reviewer_name: Mapped[str] = mapped_column(String(200), default="")
    reviewer_fingerprint: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note_uuid: Mapped[str | None] = mapped_column(String(36))
    # Field comments (core/review_comments.py); the city's side adds "answer" and "resolved" to each.
    comments: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)


class ExportRow(Base):
    """Each signed bundle exported from a local plan."""

    __tablename__ = "exports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    bundle_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    file_path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    signer_fingerprint: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
