"""Korean rules: data for every stage, no logic. Sections are owned by stages."""

from __future__ import annotations

CODE = "ko"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

# (end of metadata section)

# ---------------------------------------------------------------------------
# facts part 1: numbers, units, currencies, percentages, counters, dates
# ---------------------------------------------------------------------------

# (end of facts part 1 section)

# ---------------------------------------------------------------------------
# facts part 2: people, roles, organisations, quote frames
# ---------------------------------------------------------------------------

# (end of facts part 2 section)
