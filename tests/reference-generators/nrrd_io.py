"""Minimal NRRD reading and writing for the reference generators (3-D, raw or gzip, one file)."""
import gzip

import numpy as np

_TYPES = {
    'unsigned char': np.uint8, 'uchar': np.uint8, 'uint8': np.uint8,
    'signed char': np.int8, 'int8': np.int8,
    'short': np.int16, 'int16': np.int16, 'unsigned short': np.uint16, 'uint16': np.uint16,
    'int': np.int32, 'int32': np.int32, 'unsigned int': np.uint32, 'uint32': np.uint32,
    'float': np.float32, 'double': np.float64,
}
_NAMES = {np.dtype(np.uint8): 'unsigned char', np.dtype(np.int16): 'short', np.dtype(np.float32): 'float',
          np.dtype(np.float64): 'double', np.dtype(np.uint32): 'unsigned int', np.dtype(np.int32): 'int'}


def _vector(text):
    return [float(v) for v in text.strip().strip('()').split(',')]


def read(path):
    """Returns (array in (z, y, x) order, header dict with 'spacing', 'origin', 'direction' (columns = axes))."""
    with open(path, 'rb') as f:
        raw = f.read()
    end = raw.index(b'\n\n')
    fields = {}
    for line in raw[:end].decode('ascii').splitlines()[1:]:
        if line.startswith('#') or ':' not in line:
            continue
        key, value = line.split(':', 1)
        fields[key.strip()] = value.strip()
    data = raw[end + 2:]
    if fields.get('encoding') in ('gzip', 'gz'):
        data = gzip.decompress(data)
    sizes = [int(v) for v in fields['sizes'].split()]
    dtype = np.dtype(_TYPES[fields['type']]).newbyteorder('<')
    array = np.frombuffer(data, dtype=dtype, count=int(np.prod(sizes))).reshape(sizes[::-1]).astype(dtype.newbyteorder('='))
    axes = [_vector(v) for v in fields['space directions'].split(') (')]
    spacing = [float(np.linalg.norm(a)) for a in axes]
    direction = np.array([[a[r] / s for a, s in zip(axes, spacing)] for r in range(3)])
    return array, {'spacing': spacing, 'origin': _vector(fields['space origin']), 'direction': direction, 'axes': axes}


def write(path, array, spacing, origin, direction=None):
    """Writes a gzip NRRD in LPS; direction columns are the axis directions (identity if None)."""
    direction = np.eye(3) if direction is None else np.asarray(direction)
    array = np.ascontiguousarray(array)
    axes = ' '.join('(%s)' % ','.join(repr(float(direction[r, c] * spacing[c])) for r in range(3)) for c in range(3))
    header = ('NRRD0004\n'
              'type: %s\ndimension: 3\nspace: left-posterior-superior\nsizes: %d %d %d\n'
              'space directions: %s\nkinds: domain domain domain\nendian: little\nencoding: gzip\n'
              'space origin: (%s)\n\n') % (
        _NAMES[array.dtype], array.shape[2], array.shape[1], array.shape[0], axes,
        ','.join(repr(float(v)) for v in origin))
    with open(path, 'wb') as f:
        f.write(header.encode('ascii'))
        f.write(gzip.compress(array.astype(array.dtype.newbyteorder('<')).tobytes(), compresslevel=9, mtime=0))
