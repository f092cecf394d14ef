"""Widgets shared by the screens and the dialogs they open: tables, the chart, the message bar, the wizard."""
