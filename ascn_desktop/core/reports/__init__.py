"""Printable reports (PDF) made from the domain model with reportlab.

* ``fonts``     registers the shipped DejaVu Sans family (Unicode, embedded).
* ``pdf_kit``   the shared kit every report builds with: styles, page templates
                with header/footer and "Page X of Y", cover, tables, outline,
                metadata, amounts.
* ``charts``    bar and pie charts from label/Decimal pairs.
* ``plan_pdf``  a city's action plan (``plan.pdf`` in the signed bundle).
* ``national_summary`` / ``national_pdf``  the NR's national summary.

Imports no Qt.
"""

from __future__ import annotations
