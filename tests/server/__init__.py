"""Tests of plans on a shared PostgreSQL server (a throwaway cluster)."""
