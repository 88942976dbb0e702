namespace SlicerBridge.Imaging;

/// <summary>
/// Input the user can fix: a bad file, a mask that does not fit its image, a setting out of range.
/// Every layer throws this for bad input so the CLI can print one line and exit 2, and the server
/// can answer INVALID_ARGUMENT, without either knowing where the check was made.
/// </summary>
public class InvalidInputException : Exception
{
    public InvalidInputException(string message, string? where = null, Exception? inner = null)
        : base(message, inner)
    {
        Where = where;
    }

    /// <summary>What the message refers to: a file path, a setting name, a field. Never patient data.</summary>
    public string? Where { get; }
}
