"""``python -m dekkingsplan``: the same as the ``dekkingsplan`` command."""

from dekkingsplan.cli import main

raise SystemExit(main())
