namespace SlicerBridge.Imaging.IO;

/// <summary>The image file formats read and written, told apart by file name.</summary>
public enum VolumeFormat
{
    /// <summary>NRRD: <c>.nrrd</c> (attached data) or <c>.nhdr</c> (detached header, read only).</summary>
    Nrrd,

    /// <summary>Single-file NIfTI-1: <c>.nii</c> or <c>.nii.gz</c>.</summary>
    Nifti,
}
