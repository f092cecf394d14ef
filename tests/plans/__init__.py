"""Plans for every test folder and the benchmarks: builders, worked examples, hypothesis strategies, large plans
and random edits — written once, imported as ``tests.plans.<module>``."""
