"""Template + region + size -> absolute frames in millimetres, every decision made.

Render and preview only draw what layout decided: where each line breaks, the
size text was fitted at, where each image and QR module sits.
"""
