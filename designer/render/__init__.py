"""Frames -> PDF with ReportLab (the only package that draws), PDF/X finishing, previews."""
