"""Slicer-free part of the SlicerBridge module: geometry, messages and the gRPC client.

Nothing here imports Slicer, VTK or Qt, so it runs (and is tested) in plain Python with numpy and grpcio.
"""
