"""Tests of reading bank statements and assigning their transactions."""
