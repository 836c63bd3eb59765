"""Checks on inputs (from the layout) and on finished PDFs, returned as data."""
