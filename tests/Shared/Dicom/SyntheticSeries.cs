using SlicerBridge.Dicom;
using SlicerBridge.Dicom.IO;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Testing.Dicom;

/// <summary>
/// A generated CT series and the truth it was generated from: the grid, the HU of every voxel and the
/// tumour mask, all in sorted (ascending along the normal) order, x fastest.
/// </summary>
internal sealed record SyntheticSeries(
    SyntheticPhase Phase,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    IReadOnlyList<DicomFile> Files,
    ImageGeometry Geometry,
    double[] Hu,
    byte[] Tumour,
    IReadOnlyList<string> SopInstanceUidsByZ)
{
    /// <summary>The Part 10 bytes of every file, in the phase's transfer syntax.</summary>
    public IReadOnlyList<byte[]> Encode() =>
        Files.Select(f => f.ToBytes(new DicomWriterOptions { TransferSyntax = Phase.Syntax })).ToList();

    /// <summary>The datasets as a reader sees them after writing.</summary>
    public List<DicomDataset> ReadBack() => Encode().Select(b => DicomFile.Read(b).Dataset).ToList();
}
