namespace SlicerBridge.Cli.Batch;

/// <summary>One row of a batch file: a case ID, its image and mask paths (absolute), and an optional label.</summary>
public sealed record BatchCase(string Id, string Image, string Mask, int? Label, int Line);
