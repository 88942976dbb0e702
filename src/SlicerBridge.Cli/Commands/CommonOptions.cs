using System.CommandLine;
using SlicerBridge.Imaging;

namespace SlicerBridge.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<int> MaxMemory() => new("--max-memory-mb")
    {
        Description = "Refuse any image buffer larger than this many MiB (default 2048)",
        DefaultValueFactory = _ => 2048,
    };

    public static ImagingLimits Limits(int maxMemoryMb) => maxMemoryMb > 0
        ? ImagingLimits.Default with { MaxBytes = maxMemoryMb * 1024L * 1024L }
        : throw new InvalidInputException("--max-memory-mb must be positive", "--max-memory-mb");
}
