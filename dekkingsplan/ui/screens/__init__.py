"""One module per screen of the main window, each a ``base.Screen`` that refreshes when an edit concerns it."""
