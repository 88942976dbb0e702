using SlicerBridge.Cli.Batch;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Cli.Output;

/// <summary>A batch as one wide CSV row per successful case: ID, Image, Mask, Label, then every feature, like PyRadiomics' batch output.</summary>
public static class WideTable
{
    public static void Write(IReadOnlyList<BatchOutcome> outcomes, TextWriter writer)
    {
        var succeeded = outcomes.Where(o => o.Result is not null).ToList();
        if (succeeded.Count == 0)
        {
            return;
        }

        var names = succeeded[0].Result!.Features.Select(f => f.Key).ToList();
        writer.WriteLine(CsvWriter.Line(new[] { "ID", "Image", "Mask", "Label" }.Concat(names)));
        foreach (var outcome in succeeded)
        {
            var features = outcome.Result!.Features;
            if (!features.Select(f => f.Key).SequenceEqual(names))
            {
                throw new InvalidInputException("cases produced different feature sets; check their settings", outcome.Case.Id);
            }

            var c = outcome.Case;
            writer.WriteLine(CsvWriter.Line(new[] { c.Id, c.Image, c.Mask, c.Label?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "" }
                .Concat(features.Select(f => FeatureWriter.Number(f.Value)))));
        }
    }
}
