using System.Net;

namespace SlicerBridge.Dicom.Web;

/// <summary>
/// The DICOMweb server could not be reached or refused a request. Distinct from
/// <see cref="Imaging.InvalidInputException"/>: the user's input may be fine and the server the problem.
/// </summary>
public sealed class DicomWebException : Exception
{
    public DicomWebException(string message, HttpStatusCode? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status, when the server answered.</summary>
    public HttpStatusCode? StatusCode { get; }
}
