"""Stubs generated from proto/slicerbridge/v1 by generate_stubs.sh. Do not edit."""
