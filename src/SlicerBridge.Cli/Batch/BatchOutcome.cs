using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Cli.Batch;

/// <summary>What happened to one case: its features, or the one-line error that stopped it.</summary>
public sealed record BatchOutcome(BatchCase Case, ExtractionResult? Result, string? Error);
