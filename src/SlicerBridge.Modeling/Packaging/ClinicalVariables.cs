using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// The clinical variables a model package may reference in its nomogram terms. A package naming any
/// other variable is refused, so a score can never depend on a value the user interface does not ask for.
/// </summary>
public static class ClinicalVariables
{
    /// <summary>Serum alpha-fetoprotein; the study's nomogram uses it as <c>afp_gt_200</c> (AFP &gt; 200 ng/mL).</summary>
    public static ClinicalVariable AfpNgMl { get; } =
        new("afp_ng_ml", "serum alpha-fetoprotein (AFP)", "ng/mL", 0, 1e9);

    public static IReadOnlyList<ClinicalVariable> All { get; } = [AfpNgMl];

    public static ClinicalVariable? Find(string name) => All.FirstOrDefault(v => v.Name == name);

    /// <summary>Checks a supplied value: a known variable, finite, within its range.</summary>
    public static void CheckValue(string name, double value)
    {
        var variable = Find(name)
            ?? throw new InvalidInputException(
                $"unknown clinical variable '{name}' (known: {string.Join(", ", All.Select(v => v.Name))})", name);
        if (!double.IsFinite(value) || value < variable.Minimum || value > variable.Maximum)
        {
            throw new InvalidInputException(
                $"{variable.Description} must be a number from {variable.Minimum:R} to {variable.Maximum:R} {variable.Unit} (got {value:R})", name);
        }
    }
}
