"""How a sheet goes onto A4: orientation and column widths from the content, and page breaks that keep blocks.

No openpyxl here: widths are spreadsheet column units, heights points. The measurements are LibreOffice's (a
funder's program prints a little smaller, never larger), so the text printed is never under ``MIN_TEXT_PT``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# printed width of one column unit at 100 %, in points: at most this (LibreOffice), at least that (Excel)
PT_PER_UNIT_MAX = 6.1
PT_PER_UNIT_MIN = 5.5
# A4 within the margins the workbook sets (0.5" left and right, 0.6" top, 0.75" bottom), in points
PRINT_WIDTH_PT = {"portrait": 523.3, "landscape": 769.9}
PRINT_HEIGHT_PT = {"portrait": 744.7, "landscape": 523.3}
SMALLEST_FONT_PT = 10  # no cell text is smaller
MIN_TEXT_PT = 8
MIN_SCALE = MIN_TEXT_PT / SMALLEST_FONT_PT


@dataclass(frozen=True)
class Fit:
    orientation: str  # "portrait" or "landscape"
    widths: tuple[float, ...]
    scale: float  # the largest scale the sheet can print at: for page breaks

    @property
    def legible(self) -> bool:
        """Whether the text prints at ``MIN_TEXT_PT`` or more, however the program measures the columns."""
        return _scale(self.orientation, self.widths, PT_PER_UNIT_MAX) >= MIN_SCALE - 1e-9


def _scale(orientation: str, widths: Sequence[float], pt_per_unit: float) -> float:
    return min(1.0, PRINT_WIDTH_PT[orientation] / (sum(widths) * pt_per_unit))


def fit_columns(widths: Sequence[float], floors: Sequence[float | None]) -> Fit:
    """The orientation and widths that print one page wide with text at ``MIN_TEXT_PT`` or more.

    ``floors`` gives, per column, how narrow a text column may become (its text then wraps onto more lines), or
    None for a column that keeps its width (amounts). Preference: portrait as it is, landscape as it is, landscape
    with the text columns narrowed just enough; a sheet too wide even then prints landscape, one page wide."""
    widths = tuple(widths)
    for orientation in ("portrait", "landscape"):
        if _scale(orientation, widths, PT_PER_UNIT_MAX) >= MIN_SCALE:
            return Fit(orientation, widths, _scale(orientation, widths, PT_PER_UNIT_MIN))
    room = PRINT_WIDTH_PT["landscape"] / MIN_SCALE / PT_PER_UNIT_MAX  # the units that fit at the smallest scale
    flexible = [(i, w, f) for i, (w, f) in enumerate(zip(widths, floors, strict=True)) if f is not None]
    slack = sum(w - f for _, w, f in flexible)
    over = sum(widths) - room
    narrowed = list(widths)
    if slack > 0:
        # every text column gives up the same share of what it could give up
        share = min(1.0, over / slack)
        for i, w, f in flexible:
            narrowed[i] = max(f, int(w - (w - f) * share))
    narrowed_t = tuple(narrowed)
    return Fit("landscape", narrowed_t, _scale("landscape", narrowed_t, PT_PER_UNIT_MIN))


def page_breaks(heights: Sequence[float], breakable: set[int], *, page_height: float, repeated: float) -> list[int]:
    """Rows (1-based) after which a page ends, so that no page holds more than ``page_height`` points.

    A page may only end before a row in ``breakable`` (the start of a block: a group's title, the in-kind lines,
    the notes); a block taller than a page is cut where it must. ``repeated`` is the height of the header row
    printed again at the top of every page after the first."""
    breaks: list[int] = []
    page_start, used = 1, 0.0
    row = 1
    last = len(heights)
    while row <= last:
        height = heights[row - 1]
        if used + height > page_height and row > page_start:
            candidates = [b for b in breakable if page_start < b <= row]
            start = max(candidates) if candidates else row
            breaks.append(start - 1)
            page_start, used, row = start, repeated, start
            continue
        used += height
        row += 1
    return breaks
