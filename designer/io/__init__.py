"""Reading, validating and writing the files: templates, regions, printer profiles."""
