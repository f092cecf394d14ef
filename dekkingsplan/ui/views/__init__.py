"""View models: what a screen shows — rows, totals, comparisons, tones — computed without widgets, so that a
plain test can read it; the screen only displays it."""
