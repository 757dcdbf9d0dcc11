"""Benchmarks (`make bench`): page render times against two floors, reruns, memory."""
