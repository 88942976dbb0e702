namespace SlicerBridge.Dicom.Web;

/// <summary>The parsed STOW-RS response: what the server stored and what it refused.</summary>
public sealed record StowResult(IReadOnlyList<StowInstance> Stored, IReadOnlyList<StowInstance> Failed)
{
    public bool AllStored => Failed.Count == 0;

    internal static StowResult FromDataset(DicomDataset response)
    {
        static IReadOnlyList<StowInstance> Items(DicomDataset response, DicomTag tag) =>
            response.GetSequence(tag)?.Items.Select(item => new StowInstance(
                item.GetString(DicomTag.ReferencedSOPClassUID) ?? "",
                item.GetString(DicomTag.ReferencedSOPInstanceUID) ?? "",
                item.GetString(DicomTag.RetrieveURL),
                item.GetDoubles(DicomTag.FailureReason) is [var reason, ..] ? (int)reason : null)).ToList() ?? [];
        return new StowResult(Items(response, DicomTag.ReferencedSOPSequence), Items(response, DicomTag.FailedSOPSequence));
    }
}
