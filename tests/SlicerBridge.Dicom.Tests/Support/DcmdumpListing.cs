using System.Globalization;
using System.Text.RegularExpressions;

namespace SlicerBridge.Dicom.Tests.Support;

/// <summary>
/// Parses the text of <c>dcmdump -Un +L +W dir file</c> (DCMTK) into the meta group and the dataset,
/// with sequences nested by their items, so a test can compare every attribute DCMTK saw.
/// </summary>
internal static partial class DcmdumpListing
{
    public static (List<DcmdumpNode> Meta, List<DcmdumpNode> Dataset) Parse(string path)
    {
        var meta = new List<DcmdumpNode>();
        var dataset = new List<DcmdumpNode>();
        var target = meta;
        // levels[L] is the attribute list being filled at nesting level L (0 = top level);
        // sequences[L] the last sequence seen at level L, whose items sit one level deeper.
        var levels = new List<List<DcmdumpNode>>();
        var sequences = new Dictionary<int, DcmdumpNode>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal))
            {
                target = dataset;
                continue;
            }

            var match = Line().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var depth = match.Groups["indent"].Length / 2;
            var tag = new DicomTag(
                ushort.Parse(match.Groups["group"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ushort.Parse(match.Groups["element"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            if (tag == DicomTag.Item)
            {
                var level = (depth + 1) / 2;
                var item = new List<DcmdumpNode>();
                sequences[level - 1].Items.Add(item);
                levels.RemoveRange(level, levels.Count - level);
                levels.Add(item);
                continue;
            }

            if (tag.Group == 0xFFFE)
            {
                continue;
            }

            var elementLevel = depth / 2;
            if (elementLevel == 0)
            {
                levels.Clear();
                levels.Add(target);
            }

            levels.RemoveRange(elementLevel + 1, levels.Count - elementLevel - 1);
            var node = new DcmdumpNode(tag, match.Groups["vr"].Value, match.Groups["value"].Value.TrimEnd(),
                match.Groups["length"].Value.Trim(), []);
            levels[elementLevel].Add(node);
            if (node.VR == "SQ")
            {
                sequences[elementLevel] = node;
            }
        }

        return (meta, dataset);
    }

    [GeneratedRegex(@"^(?<indent>\s*)\((?<group>[0-9a-f]{4}),(?<element>[0-9a-f]{4})\) (?<vr>[A-Za-z]{2}) (?<value>.*?)\s+#\s*(?<length>[^,]+), \d+ ")]
    private static partial Regex Line();
}
