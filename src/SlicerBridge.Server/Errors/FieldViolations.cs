using Google.Rpc;

namespace SlicerBridge.Server.Errors;

/// <summary>Collects every problem with a request so the client hears about all of them at once.</summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public void Add(string field, string description) =>
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw Failures.InvalidArgument(_violations);
        }
    }
}
