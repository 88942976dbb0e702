using SlicerBridge.Dicom.Web;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Benchmarks;

/// <summary>
/// Fetching and assembling a 300-slice 512x512 CT series from a DICOMweb server on loopback (frames over
/// WADO-RS, explicit VR little endian), as scoring from the PACS does. Needs SLICERBRIDGE_DICOMWEB_URL
/// (build.ps1 bench starts a throw-away Orthanc when it can).
/// </summary>
internal static class DicomWebBenchmarks
{
    public static Measurement? Run(bool quick)
    {
        if (Environment.GetEnvironmentVariable("SLICERBRIDGE_DICOMWEB_URL") is not { Length: > 0 } url)
        {
            return null;
        }

        var series = SyntheticStudy.Create(SyntheticPhase.Arterial with { Columns = 512, Rows = 512, Slices = 300 }, "bench-" + Guid.NewGuid());
        using var client = new DicomWebClient(new DicomWebClientOptions { BaseUri = new Uri(url.TrimEnd('/') + "/") });
        var stored = client.StoreAsync(series.Encode().Select(b => (ReadOnlyMemory<byte>)b)).GetAwaiter().GetResult();
        if (!stored.AllStored)
        {
            throw new InvalidOperationException($"the DICOMweb server refused {stored.Failed.Count} slices");
        }

        var loader = new DicomWebSeriesLoader(client);
        return Measurement.Time("dicomweb/fetch-and-assemble-300x512x512", quick ? 2 : 5,
            () => loader.LoadCtSeriesAsync(series.StudyInstanceUid, series.SeriesInstanceUid).GetAwaiter().GetResult(),
            new Dictionary<string, object> { ["slices"] = 300, ["size"] = "512x512", ["server"] = "loopback" }, warmups: 1);
    }
}
