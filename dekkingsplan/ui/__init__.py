"""The PySide6 desktop app: the window, the plan document (edits, undo), screens over view models."""
