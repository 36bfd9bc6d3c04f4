"""Output writers, one module per format; all write atomically."""

from evtable.writers.csv import write_csv

__all__ = ["write_csv"]
