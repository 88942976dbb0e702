using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Radiomics.Tests.Support;

namespace SlicerBridge.Radiomics.Tests.Extraction;

/// <summary>A cancelled call (a client gone, a deadline passed) stops the extraction instead of finishing it.</summary>
public class CancellationTests
{
    [Fact]
    public void CancelledExtractionStopsBeforeComputingFeatures()
    {
        var image = NrrdReader.Read(BaselineCase.ImagePath("breast1"));
        var mask = NrrdReader.Read(BaselineCase.MaskPath("breast1"));
        var parameters = ParameterFile.Parse("imageType:\n  Original: {}\n  Wavelet: {}\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new RadiomicsExtractor(parameters).Execute(image, mask, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new TwoPhaseExtractor(parameters).Execute(new PhaseInput(image, mask), new PhaseInput(image, mask), cancellationToken: cancelled.Token));
    }
}
