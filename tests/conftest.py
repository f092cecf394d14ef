"""Settings for the whole test run, made before anything imports Qt: windows draw off screen, and the plan
files' backups go to a temporary folder, never to the user's own data folder."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DEKKINGSPLAN_DATA_DIR", tempfile.mkdtemp(prefix="dekkingsplan-test-data-"))
