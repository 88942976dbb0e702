using System.Net;
using SlicerBridge.Dicom;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>
/// Finds a SEG in a study by series UID (the series must hold exactly one SEG instance) or by instance
/// UID (QIDO), and retrieves it whole (WADO-RS): SEG frames need not be byte-aligned, so frame retrieval
/// is not used.
/// </summary>
internal sealed class SegLocator(DicomWebClient client)
{
    public async Task<LocatedSeg> LocateAsync(string studyUid, string uid, CancellationToken cancellationToken)
    {
        var where = "SEG " + uid;
        var inSeries = (await SearchAsync(() => client.SearchInstancesAsync(studyUid, uid, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Where(IsSeg).ToList();
        string seriesUid;
        string instanceUid;
        if (inSeries.Count > 1)
        {
            throw new InvalidInputException($"the series holds {inSeries.Count} SEG instances; name the SEG by its SOP instance UID", where);
        }

        if (inSeries.Count == 1)
        {
            seriesUid = uid;
            instanceUid = inSeries[0].GetRequiredString(DicomTag.SOPInstanceUID, where);
        }
        else
        {
            var byInstance = (await SearchAsync(() => client.SearchInstancesAsync(
                studyUid, query: [new("SOPInstanceUID", uid), new("includefield", "0020000E")], cancellationToken: cancellationToken)).ConfigureAwait(false))
                .Where(IsSeg).ToList();
            if (byInstance.Count == 0)
            {
                throw new InvalidInputException("no segmentation with this series or instance UID in the study", where);
            }

            seriesUid = byInstance[0].GetRequiredString(DicomTag.SeriesInstanceUID, where);
            instanceUid = uid;
        }

        var file = await client.RetrieveInstanceAsync(studyUid, seriesUid, instanceUid, cancellationToken).ConfigureAwait(false);
        return new LocatedSeg(seriesUid, instanceUid, DicomSegmentation.Read(file.Dataset, where));
    }

    private static bool IsSeg(DicomDataset instance) => instance.GetString(DicomTag.SOPClassUID)?.Trim() == DicomUid.SegmentationStorage;

    // A PACS may answer a query under an unknown series with 404 rather than an empty list.
    private static async Task<IReadOnlyList<DicomDataset>> SearchAsync(Func<Task<IReadOnlyList<DicomDataset>>> search)
    {
        try
        {
            return await search().ConfigureAwait(false);
        }
        catch (DicomWebException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
    }
}
