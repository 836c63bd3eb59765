"""Frozen, typed data: templates, regions, sizes, colours, printer profiles. No I/O."""
