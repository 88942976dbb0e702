using System.Globalization;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.IO;

/// <summary>The fields of a NRRD header that describe a 3-D scalar image, parsed and checked.</summary>
internal sealed class NrrdHeader
{
    // Teem compares type names ignoring case.
    private static readonly Dictionary<string, PixelType> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["signed char"] = PixelType.Int8, ["int8"] = PixelType.Int8, ["int8_t"] = PixelType.Int8,
        ["uchar"] = PixelType.UInt8, ["unsigned char"] = PixelType.UInt8, ["uint8"] = PixelType.UInt8, ["uint8_t"] = PixelType.UInt8,
        ["short"] = PixelType.Int16, ["short int"] = PixelType.Int16, ["signed short"] = PixelType.Int16,
        ["signed short int"] = PixelType.Int16, ["int16"] = PixelType.Int16, ["int16_t"] = PixelType.Int16,
        ["ushort"] = PixelType.UInt16, ["unsigned short"] = PixelType.UInt16, ["unsigned short int"] = PixelType.UInt16,
        ["uint16"] = PixelType.UInt16, ["uint16_t"] = PixelType.UInt16,
        ["int"] = PixelType.Int32, ["signed int"] = PixelType.Int32, ["int32"] = PixelType.Int32, ["int32_t"] = PixelType.Int32,
        ["uint"] = PixelType.UInt32, ["unsigned int"] = PixelType.UInt32, ["uint32"] = PixelType.UInt32, ["uint32_t"] = PixelType.UInt32,
        ["float"] = PixelType.Float32, ["double"] = PixelType.Float64,
    };

    public required PixelType PixelType { get; init; }

    public required ImageGeometry Geometry { get; init; }

    public required NrrdEncoding Encoding { get; init; }

    public required bool BigEndian { get; init; }

    public required int LineSkip { get; init; }

    public required long ByteSkip { get; init; }

    /// <summary>Path of the detached data file, or null when the data follow the header.</summary>
    public required string? DataFile { get; init; }

    public static NrrdHeader Parse(IReadOnlyList<string> lines, string headerPath)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var keyValue = line.IndexOf(":=", StringComparison.Ordinal);
            if (line.StartsWith('#') || (keyValue >= 0 && (colon < 0 || keyValue < colon)))
            {
                // Comments and "key:=value" pairs carry no geometry.
                continue;
            }

            if (colon <= 0)
            {
                throw new InvalidInputException($"NRRD header line is not 'field: value': '{Truncate(line)}'", headerPath);
            }

            fields[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 2)..].Trim();
        }

        var typeName = Required(fields, "type", headerPath);
        if (!TypeNames.TryGetValue(typeName, out var pixelType))
        {
            throw new InvalidInputException($"unsupported NRRD type '{typeName}'", headerPath);
        }

        var dimension = ParseInt(Required(fields, "dimension", headerPath), "dimension", headerPath);
        if (dimension is < 2 or > 3)
        {
            throw new InvalidInputException($"NRRD dimension {dimension} is not supported (2-D or 3-D scalar images only)", headerPath);
        }

        var sizes = Required(fields, "sizes", headerPath)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => ParseInt(s, "sizes", headerPath))
            .ToArray();
        if (sizes.Length != dimension || sizes.Any(s => s <= 0))
        {
            throw new InvalidInputException($"NRRD sizes '{fields["sizes"]}' do not give {dimension} positive sizes", headerPath);
        }

        var size = new Size3(sizes[0], sizes[1], dimension == 3 ? sizes[2] : 1);
        var (spacing, direction, origin) = ParseSpace(fields, dimension, headerPath);

        var encodingName = Required(fields, "encoding", headerPath).ToLowerInvariant();
        var encoding = encodingName switch
        {
            "raw" => NrrdEncoding.Raw,
            "gzip" or "gz" => NrrdEncoding.Gzip,
            "ascii" or "text" or "txt" => NrrdEncoding.Ascii,
            _ => throw new InvalidInputException($"unsupported NRRD encoding '{encodingName}' (raw, gzip and ascii are read)", headerPath),
        };

        var endian = fields.GetValueOrDefault("endian", "little").ToLowerInvariant();
        if (endian is not ("little" or "big"))
        {
            throw new InvalidInputException($"NRRD endian '{endian}' is neither little nor big", headerPath);
        }

        string? dataFile = null;
        if (fields.TryGetValue("data file", out var dataFileField) || fields.TryGetValue("datafile", out dataFileField))
        {
            if (dataFileField.StartsWith("LIST", StringComparison.Ordinal) || dataFileField.Contains('%', StringComparison.Ordinal))
            {
                throw new InvalidInputException("NRRD data split over several files is not supported", headerPath);
            }

            dataFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(headerPath)) ?? ".", dataFileField);
        }

        if (fields.TryGetValue("kinds", out var kindsField))
        {
            var kinds = kindsField.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var nonSpatial = kinds.FirstOrDefault(k => !k.Equals("domain", StringComparison.OrdinalIgnoreCase) &&
                                                       !k.Equals("space", StringComparison.OrdinalIgnoreCase) &&
                                                       k != "???");
            if (nonSpatial is not null)
            {
                throw new InvalidInputException($"NRRD axis kind '{nonSpatial}' is not spatial; only scalar images are read", headerPath);
            }
        }

        var lineSkip = fields.TryGetValue("line skip", out var ls) ? ParseInt(ls, "line skip", headerPath) : 0;
        var byteSkip = fields.TryGetValue("byte skip", out var bs) ? ParseInt(bs, "byte skip", headerPath) : 0;
        if (lineSkip < 0 || byteSkip < -1)
        {
            throw new InvalidInputException("NRRD line skip must be >= 0 and byte skip >= -1", headerPath);
        }

        var geometry = new ImageGeometry(size, spacing, origin, direction);
        geometry.Validate(headerPath);
        return new NrrdHeader
        {
            PixelType = pixelType,
            Geometry = geometry,
            Encoding = encoding,
            BigEndian = endian == "big",
            LineSkip = lineSkip,
            ByteSkip = byteSkip,
            DataFile = dataFile,
        };
    }

    private static (Vec3 Spacing, Matrix3 Direction, Vec3 Origin) ParseSpace(
        Dictionary<string, string> fields, int dimension, string where)
    {
        // Flip the x and y axes of a RAS (or LAS) space into LPS, the convention everything downstream uses.
        var (flipX, flipY) = fields.TryGetValue("space", out var space)
            ? space.ToLowerInvariant() switch
            {
                "left-posterior-superior" or "lps" => (1.0, 1.0),
                "right-anterior-superior" or "ras" => (-1.0, -1.0),
                "left-anterior-superior" or "las" => (1.0, -1.0),

                // ITK reads the generic 3-D spaces unchanged, i.e. as if they were LPS.
                "3d-right-handed" or "3d-left-handed" or "scanner-xyz" => (1.0, 1.0),
                _ => throw new InvalidInputException($"NRRD space '{space}' is not supported (LPS, RAS or LAS)", where),
            }
            : (1.0, 1.0);

        if (fields.TryGetValue("space directions", out var directionsField))
        {
            var vectors = ParseVectors(directionsField, where);
            if (vectors.Count != dimension)
            {
                throw new InvalidInputException($"NRRD space directions give {vectors.Count} vectors for {dimension} axes", where);
            }

            var lps = vectors.Select(v => new Vec3(flipX * v.X, flipY * v.Y, v.Z)).ToList();
            if (dimension == 2)
            {
                // A 2-D image in 3-D space gets the slice normal as its third axis, with unit spacing.
                lps.Add(Unit(Cross(lps[0], lps[1])));
            }

            var columns = new Vec3[3];
            var spacing = new double[3];
            for (var axis = 0; axis < 3; axis++)
            {
                var v = lps[axis];
                var norm = v.Norm;
                if (!(norm > 0) || !double.IsFinite(norm))
                {
                    throw new InvalidInputException($"NRRD space direction {axis} has no length", where);
                }

                spacing[axis] = norm;
                columns[axis] = (1.0 / norm) * v;
            }

            var origin = default(Vec3);
            if (fields.TryGetValue("space origin", out var originField))
            {
                var origins = ParseVectors(originField, where);
                origin = origins.Count == 1
                    ? origins[0]
                    : throw new InvalidInputException("NRRD space origin must be one vector (x,y,z)", where);
            }

            return (new Vec3(spacing[0], spacing[1], spacing[2]), Matrix3.FromColumns(columns[0], columns[1], columns[2]),
                new Vec3(flipX * origin.X, flipY * origin.Y, origin.Z));
        }

        // Old-style header: per-axis spacings, axis-aligned, origin from axis mins.
        var spacings = fields.TryGetValue("spacings", out var spacingsField)
            ? spacingsField.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => ParseDouble(s, "spacings", where)).ToArray()
            : Enumerable.Repeat(1.0, dimension).ToArray();
        var mins = fields.TryGetValue("axis mins", out var minsField)
            ? minsField.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => ParseDouble(s, "axis mins", where)).ToArray()
            : new double[dimension];
        if (spacings.Length != dimension || mins.Length != dimension)
        {
            throw new InvalidInputException("NRRD spacings or axis mins do not match the dimension", where);
        }

        return (new Vec3(spacings[0], spacings[1], dimension == 3 ? spacings[2] : 1), Matrix3.Identity,
            new Vec3(mins[0], mins[1], dimension == 3 ? mins[2] : 0));
    }

    private static List<Vec3> ParseVectors(string text, string where)
    {
        var vectors = new List<Vec3>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "none")
            {
                throw new InvalidInputException("NRRD images with non-spatial axes (vector or list kinds) are not supported", where);
            }

            var parts = token.Trim('(', ')').Split(',');
            if (parts.Length != 3 || !token.StartsWith('(') || !token.EndsWith(')'))
            {
                throw new InvalidInputException($"NRRD vector '{Truncate(token)}' is not of the form (x,y,z)", where);
            }

            vectors.Add(new Vec3(ParseDouble(parts[0], "vector", where), ParseDouble(parts[1], "vector", where), ParseDouble(parts[2], "vector", where)));
        }

        return vectors;
    }

    private static string Required(Dictionary<string, string> fields, string name, string where) =>
        fields.TryGetValue(name, out var value)
            ? value
            : throw new InvalidInputException($"NRRD header has no '{name}' field", where);

    private static int ParseInt(string text, string field, string where) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidInputException($"NRRD field '{field}' has a bad integer '{Truncate(text)}'", where);

    private static double ParseDouble(string text, string field, string where) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidInputException($"NRRD field '{field}' has a bad number '{Truncate(text)}'", where);

    private static Vec3 Cross(Vec3 a, Vec3 b) => new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    private static Vec3 Unit(Vec3 v) => v.Norm > 0 ? (1.0 / v.Norm) * v : v;

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}

internal enum NrrdEncoding
{
    Raw,
    Gzip,
    Ascii,
}
