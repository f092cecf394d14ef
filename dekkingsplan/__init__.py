"""Dekkingsplan: begroting en dekkingsplan voor kleine welzijnsorganisaties."""

__version__ = "0.1.0"
