"""Benchmarks for rivalry-bot (run by hand: python -m benchmarks)."""
