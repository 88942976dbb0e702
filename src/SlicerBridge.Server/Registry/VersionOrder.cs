namespace SlicerBridge.Server.Registry;

/// <summary>Orders versions numerically part by part (1.10.0 after 1.9.0); non-numeric parts compare as text.</summary>
public sealed class VersionOrder : IComparer<string>
{
    public static VersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "";
            var right = i < b.Length ? b[i] : "";
            var order = long.TryParse(left, out var l) && long.TryParse(right, out var r)
                ? l.CompareTo(r)
                : string.CompareOrdinal(left, right);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
