"""evtable: first-pass evidence tables for systematic reviews, every cell traceable to its text."""

__version__ = "0.1.0"
