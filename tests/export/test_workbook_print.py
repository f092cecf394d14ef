"""The workbook on paper, as LibreOffice prints it: no page without figures, every total on the page of its
lines, text at 8 pt or more, and a surplus said as one. One soffice run prints all the workbooks."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.export.sheet_layout import PRINT_WIDTH_PT, fit_columns
from dekkingsplan.export.workbook import write_workbook
from tests.plans.examples import anker, demo

from .test_libreoffice import soffice

pytestmark = pytest.mark.slow

CASES = {
    "demo_years": (demo, {"years": (2027, 2028)}),
    "demo": (demo, {}),
    "surplus": (anker, {"project": "vaders"}),
}
AMOUNT = re.compile(r"\d[.,]\d\d$")  # separators as the machine's locale prints them


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    program = soffice()
    base = tmp_path_factory.mktemp("print")
    written, out, profile = base / "written", base / "printed", base / "profile"
    written.mkdir()
    for name, (make, options) in CASES.items():
        write_workbook(make(), written / f"{name}.xlsx", **options)
    paths = [str(written / f"{name}.xlsx") for name in CASES]
    for target in ("pdf", "xlsx:Calc MS Excel 2007 XML"):
        subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(out), *paths],
                       capture_output=True, text=True, timeout=240)
    made = {name: (out / f"{name}.pdf", out / f"{name}.xlsx") for name in CASES}
    assert all(p.exists() and x.exists() for p, x in made.values()), list(out.iterdir())
    return made


def pages(pdf: Path) -> list[list[tuple[str, float, float]]]:
    """Each page's words with their top and height, from pdftotext's boxes."""
    text = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    result = []
    for page in text.split("<page ")[1:]:
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)
        result.append([(w, float(top), float(bottom) - float(top)) for top, bottom, w in words])
    return result


def lines(page: list[tuple[str, float, float]]) -> list[str]:
    rows: dict[float, list[str]] = {}
    for word, top, _ in page:
        rows.setdefault(round(top), []).append(word)
    return [" ".join(rows[k]) for k in sorted(rows)]


@pytest.mark.parametrize("case", ["demo_years", "demo"])
def test_every_page_holds_figures_and_every_total_its_lines(printed, case):
    pdf, _ = printed[case]
    for number, page in enumerate(pages(pdf), start=1):
        body = [w for w, top, _ in page if top < 530]  # above the footer
        assert any(AMOUNT.search(w) for w in body), f"{case} page {number} holds no figure: {' '.join(body)}"
        text = lines(page)
        for line in text:
            if line.startswith("Subtotaal "):
                title = line.removeprefix("Subtotaal ").split(" €")[0]
                assert any(t.lower() == title for t in text), f"{case} page {number}: {line} without its lines"
        if any(t.startswith("Totaal kosten ") for t in text) and "Begroting" in " ".join(text[-1:]):
            assert any(t.startswith("Subtotaal ") for t in text), f"{case} page {number}: a total alone"


@pytest.mark.parametrize("case", ["demo_years", "demo"])
def test_text_prints_at_eight_points_or_more(printed, case):
    pdf, _ = printed[case]
    for number, page in enumerate(pages(pdf), start=1):
        smallest = min(height for _, top, height in page if top < 530)
        assert smallest >= 7.9, f"{case} page {number}: text of {smallest:.1f} pt"


def test_the_years_range_needs_no_more_pages_than_it_has_blocks(printed):
    # Begroting 2027–2028: the costs on one page, the total with in-kind and notes on the next; the coverage
    # likewise: four pages, none of them empty
    assert len(pages(printed["demo_years"][0])) == 4


def test_a_surplus_is_called_one_never_a_negative_shortfall(printed):
    pdf, xlsx = printed["surplus"]
    # the project Vadergroep: costs 600, coverage 3000 → a surplus of 2400 in total, 1500 in 2026 and 900 in 2027
    ws = openpyxl.load_workbook(xlsx, data_only=True)["Dekkingsplan"]
    labels = [row[0].value for row in ws.iter_rows() if row[0].value]
    assert "Overschot (dekking − kosten)" in labels
    assert not any(str(label).startswith("Tekort (") for label in labels)
    text = " ".join(" ".join(lines(page)) for page in pages(pdf))
    assert re.search(r"overschot 2[.,]400[.,]00", text)
    assert not re.search(r"-€|€ -|-2[.,]400", text)


def test_columns_narrow_to_fit_a_landscape_page_at_eight_points():
    # a name, a 52-wide specification and eleven amount columns of 14: too wide as they are
    widths = [44, 52, *[14] * 11]
    fit = fit_columns(widths, [22, 10, *[None] * 11])
    assert fit.orientation == "landscape"
    assert fit.widths[2:] == tuple(widths[2:])  # amounts keep their width
    assert fit.widths[0] >= 22 and fit.widths[1] >= 10
    assert sum(fit.widths) < sum(widths)
    # a narrow sheet stays portrait, as it is
    assert fit_columns([30, 14, 14, 15], [22, None, None, None]).orientation == "portrait"
    assert PRINT_WIDTH_PT["landscape"] > PRINT_WIDTH_PT["portrait"]
