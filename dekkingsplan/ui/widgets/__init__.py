"""Widgets shared by the screens: the new-plan wizard, the message bar, the chart."""
