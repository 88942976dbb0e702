namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// Response by score group (rows low, high; columns non-responder, responder). Both tests are
/// reported; <see cref="Test"/> names the one the analysis relies on: <c>"chisq_yates"</c>, or
/// <c>"fisher"</c> when an expected count is below 5, and <see cref="P"/> is its p-value.
/// </summary>
public sealed record ResponseResult(
    string Column,
    IReadOnlyList<ResponseGroup> Groups,
    double MinExpected,
    string Test,
    double P,
    ResponseTest ChisqYates,
    FisherResult Fisher,
    ScoreByResponse Score);
