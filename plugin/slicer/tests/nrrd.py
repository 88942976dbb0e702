"""A minimal NRRD reader for the test images (attached data, raw or gzip, 3-D, LPS space)."""

import gzip

import numpy as np

_TYPES = {"short": "i2", "int16": "i2", "unsigned char": "u1", "uchar": "u1", "uint8": "u1", "float": "f4", "double": "f8",
          "int": "i4", "int32": "i4", "ushort": "u2", "unsigned short": "u2"}


def read(path):
    """(array_kji, spacing_directions 3x3 with the axis vectors as columns, origin) in LPS."""
    with open(path, "rb") as f:
        raw = f.read()
    head, _, body = raw.partition(b"\n\n")
    fields = {}
    for line in head.decode("ascii").splitlines()[1:]:
        if line.startswith("#") or ":" not in line:
            continue
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip().lstrip("=").strip()
    assert fields["space"] in ("left-posterior-superior", "LPS"), fields["space"]
    sizes = [int(s) for s in fields["sizes"].split()]
    endian = "<" if fields.get("endian", "little") == "little" else ">"
    dtype = np.dtype(endian + _TYPES[fields["type"]])
    data = gzip.decompress(body) if fields["encoding"] in ("gzip", "gz") else body
    array = np.frombuffer(data, dtype=dtype, count=int(np.prod(sizes))).reshape(sizes[::-1]).astype(dtype.newbyteorder("="))
    vectors = [[float(v) for v in part.strip("() ").split(",")] for part in fields["space directions"].split(") (")]
    origin = np.array([float(v) for v in fields["space origin"].strip("()").split(",")])
    return array, np.array(vectors).T, origin


def ijk_to_ras(axes_lps, origin_lps):
    """The 4x4 IJK-to-RAS matrix Slicer would hold for this image (Slicer loads NRRD into RAS)."""
    flip = np.diag([-1.0, -1.0, 1.0])
    matrix = np.eye(4)
    matrix[:3, :3] = flip @ axes_lps
    matrix[:3, 3] = flip @ origin_lps
    return matrix
