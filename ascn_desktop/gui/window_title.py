"""The main window's title: 'City — plan title (rN)', or whose window a receiver's is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascn_desktop import APP_NAME

if TYPE_CHECKING:
    from ascn_desktop.core.model import Plan
    from ascn_desktop.core.reference import ReferenceData


def window_title(reference: ReferenceData, *, role: str | None, city: str | None, country: str | None,
                 plan: Plan | None) -> str:
    """The title for the window's role and city and the plan on screen (its header, read on the runner)."""
    if role in ("nr", "asec"):
        from ascn_desktop.core.signing.identity import role_name

        # Receivers browse many cities' plans; the title says whose window it is:
        # "ASCN Desktop — National Representative, Viet Nam".
        who = role_name(role)  # in the interface's language (core/i18n)
        if role == "nr" and country:
            who = f"{who}, {reference.country_name(country)}"
        return f"{APP_NAME} — {who}"
    parts: list[str] = []
    city_code = plan.city if plan is not None else city
    if city_code and city_code in reference.cities:
        parts.append(reference.city_name(city_code))
    if plan is not None:
        parts.append(f"{plan.title} (r{plan.revision})")
    return " — ".join(parts) if parts else APP_NAME
