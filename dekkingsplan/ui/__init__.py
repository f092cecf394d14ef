"""The PySide6 desktop app: thin screens over core, one module per screen."""
