using System.Collections.Concurrent;
using SlicerBridge.Dicom.Series;

namespace SlicerBridge.Dicom.Web;

/// <summary>
/// Loads a CT series from a DICOMweb server as an assembled volume: one metadata request for the
/// series, then frame 1 of every instance (uncompressed, transcoded by the server if needed) over
/// <see cref="DicomWebClientOptions.MaxConnections"/> parallel keep-alive connections.
/// </summary>
public sealed class DicomWebSeriesLoader
{
    private readonly DicomWebClient _client;
    private readonly CtSeriesAssembler _assembler;

    public DicomWebSeriesLoader(DicomWebClient client, CtSeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _assembler = new CtSeriesAssembler(options);
    }

    public async Task<CtSeries> LoadCtSeriesAsync(string studyInstanceUid, string seriesInstanceUid, CancellationToken cancellationToken = default)
    {
        var metadata = await _client.RetrieveSeriesMetadataAsync(studyInstanceUid, seriesInstanceUid, cancellationToken).ConfigureAwait(false);
        if (metadata.Count == 0)
        {
            throw new DicomWebException("the series has no instances on the server", System.Net.HttpStatusCode.NotFound);
        }

        var pixels = new ConcurrentDictionary<int, ReadOnlyMemory<byte>>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _client.Options.MaxConnections, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, metadata.Count), parallel, async (i, token) =>
        {
            var sop = metadata[i].GetRequiredString(DicomTag.SOPInstanceUID, "series metadata");
            var frames = await _client.RetrieveFramesAsync(studyInstanceUid, seriesInstanceUid, sop, [1], token).ConfigureAwait(false);
            pixels[i] = frames[0];
        }).ConfigureAwait(false);

        for (var i = 0; i < metadata.Count; i++)
        {
            metadata[i].AddBytes(DicomTag.PixelData, DicomVR.OW, pixels[i]);
        }

        return _assembler.Assemble(metadata, "series from DICOMweb");
    }
}
