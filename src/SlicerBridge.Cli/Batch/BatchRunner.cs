using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Cli.Batch;

/// <summary>
/// Extracts every case of a batch in parallel. A failing case is recorded with its ID and error;
/// the others go on. Outcomes come back in the batch file's order.
/// </summary>
public sealed class BatchRunner(RadiomicsExtractor extractor, ImagingLimits limits, int jobs)
{
    public IReadOnlyList<BatchOutcome> Run(IReadOnlyList<BatchCase> cases, Action<BatchOutcome>? completed = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var outcomes = new BatchOutcome[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            outcomes[i] = RunOne(cases[i]);
            completed?.Invoke(outcomes[i]);
        });
        return outcomes;
    }

    private BatchOutcome RunOne(BatchCase batchCase)
    {
        try
        {
            var image = VolumeIO.Read(batchCase.Image, limits);
            var mask = VolumeIO.Read(batchCase.Mask, limits);
            return new BatchOutcome(batchCase, extractor.Execute(image, mask, batchCase.Label, where: batchCase.Id), null);
        }
        catch (Exception e) when (e is InvalidInputException or IOException or UnauthorizedAccessException)
        {
            var where = e is InvalidInputException { Where: { } w } ? $" ({w})" : "";
            return new BatchOutcome(batchCase, null, e.Message + where);
        }
    }
}
