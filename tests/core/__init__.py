"""Tests of the core: rules, projection, edits and plan JSON, by hand-worked figures and hypothesis."""
