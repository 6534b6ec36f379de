"""The orbitext spaCy components, one subpackage each."""
