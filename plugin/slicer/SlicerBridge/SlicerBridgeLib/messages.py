"""numpy volumes to the server's protobuf messages (little-endian, x fastest)."""

import numpy as np

from .generated import radiomics_pb2 as pb

_PIXEL_TYPES = {
    np.dtype(np.uint8): pb.PIXEL_TYPE_UINT8,
    np.dtype(np.int8): pb.PIXEL_TYPE_INT8,
    np.dtype(np.uint16): pb.PIXEL_TYPE_UINT16,
    np.dtype(np.int16): pb.PIXEL_TYPE_INT16,
    np.dtype(np.uint32): pb.PIXEL_TYPE_UINT32,
    np.dtype(np.int32): pb.PIXEL_TYPE_INT32,
    np.dtype(np.float32): pb.PIXEL_TYPE_FLOAT32,
    np.dtype(np.float64): pb.PIXEL_TYPE_FLOAT64,
}

_PARTS = {
    ("arterial", "image"): pb.VOLUME_PART_ARTERIAL_IMAGE,
    ("arterial", "mask"): pb.VOLUME_PART_ARTERIAL_MASK,
    ("venous", "image"): pb.VOLUME_PART_VENOUS_IMAGE,
    ("venous", "mask"): pb.VOLUME_PART_VENOUS_MASK,
}


def pixel_type(array):
    try:
        return _PIXEL_TYPES[array.dtype.newbyteorder("=")]
    except KeyError:
        raise ValueError(f"voxel type {array.dtype} is not supported; convert to int16 or float32") from None


def little_endian_bytes(array_kji):
    """Voxel bytes x fastest: a C-ordered KJI array already is; only the byte order may need fixing."""
    return np.ascontiguousarray(array_kji, dtype=array_kji.dtype.newbyteorder("<")).tobytes()


def geometry_message(array_kji, geometry):
    message = pb.Geometry()
    k, j, i = array_kji.shape
    message.size.extend([i, j, k])
    message.spacing.extend(float(s) for s in geometry.spacing)
    message.origin.extend(float(o) for o in geometry.origin)
    message.direction.extend(float(d) for d in np.asarray(geometry.direction).reshape(9))  # row-major
    return message


def phase_message(image_kji, mask_kji, geometry, label=1, with_data=True):
    """A Phase whose mask lies on the image's grid. Without data it is a streaming header."""
    mask_kji = mask_kji.astype(np.uint8, copy=False)
    return pb.Phase(
        image=pb.Volume(geometry=geometry_message(image_kji, geometry), pixel_type=pixel_type(image_kji),
                        data=little_endian_bytes(image_kji) if with_data else b""),
        mask=pb.Mask(pixel_type=pb.PIXEL_TYPE_UINT8, data=little_endian_bytes(mask_kji) if with_data else b"", label=label),
    )


def chunks(phases, chunk_bytes):
    """VolumeChunks for every buffer of the given {name: (image, mask)} phases, in order, with running offsets."""
    for name, (image_kji, mask_kji) in phases.items():
        for kind, array in (("image", image_kji), ("mask", mask_kji.astype(np.uint8, copy=False))):
            data = memoryview(little_endian_bytes(array))
            for offset in range(0, len(data), chunk_bytes):
                yield pb.VolumeChunk(part=_PARTS[(name, kind)], offset=offset, data=bytes(data[offset:offset + chunk_bytes]))
