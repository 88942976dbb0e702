using SlicerBridge.Dicom;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;

namespace SlicerBridge.Testing.Dicom;

/// <summary>
/// The synthetic two-phase study (axial Explicit VR arterial, 20-degree oblique Implicit VR portal) with
/// one SEG per phase, each written on its own phase's grid by the project's SEG writer, stored on the server.
/// </summary>
internal sealed record PacsStudy(SyntheticSeries Arterial, SyntheticSeries Portal, DicomDataset ArterialSeg, DicomDataset PortalSeg)
{
    private static readonly SegmentDescription Tumour = new(
        1, "Tumour", new DicomCode("49755003", "SCT", "Morphologically Altered Structure"), new DicomCode("4147007", "SCT", "Mass"));

    public string StudyInstanceUid => Arterial.StudyInstanceUid;

    public static async Task<PacsStudy> StoreAsync(DicomWebClient client)
    {
        var seed = "pacs-" + Guid.NewGuid();
        var arterial = SyntheticStudy.Create(SyntheticPhase.Arterial, seed);
        var portal = SyntheticStudy.Create(SyntheticPhase.Portal, seed);
        var study = new PacsStudy(arterial, portal, Seg(arterial, seed), Seg(portal, seed));
        var files = arterial.Encode().Concat(portal.Encode())
            .Append(new DicomFile(study.ArterialSeg).ToBytes())
            .Append(new DicomFile(study.PortalSeg).ToBytes())
            .Select(b => (ReadOnlyMemory<byte>)b);

        var stow = await client.StoreAsync(files);

        Assert.True(stow.AllStored && stow.Stored.Count == 42, $"stored {stow.Stored.Count}, failed {stow.Failed.Count}");
        return study;
    }

    private static DicomDataset Seg(SyntheticSeries phase, string seed)
    {
        var series = new CtSeriesAssembler().Assemble(phase.ReadBack());
        return SegmentationWriter.CreateBinary(
            series, new RoiMask(series.Volume.Geometry, phase.Tumour), Tumour,
            new SegmentationWriterOptions
            {
                SeriesInstanceUid = DicomUid.FromName($"{seed}/seg-series/{phase.Phase.Key}"),
                SopInstanceUid = DicomUid.FromName($"{seed}/seg/{phase.Phase.Key}"),
            });
    }
}
