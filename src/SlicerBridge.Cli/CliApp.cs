using System.CommandLine;
using SlicerBridge.Cli.Commands;
using SlicerBridge.Imaging;
using SlicerBridge.Statistics;

namespace SlicerBridge.Cli;

/// <summary>
/// The <c>slicerbridge</c> command line. Exit codes: 0 success, 2 bad input (one line
/// <c>error: &lt;what&gt; (&lt;where&gt;)</c>), 1 internal failure.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InternalFailure = 1;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("SlicerBridge: PyRadiomics-compatible radiomics and HCC risk scoring")
        {
            ExtractCommand.Create(output, error),
            OutcomesCommand.Create(output),
            ScoreCommand.Create(output),
            SynthCommand.Create(output, error),
            ScorePacsCommand.Create(output, error),
            ServeCommand.Create(output),
            TrainCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"error: {e.Message}");
            }

            error.WriteLine("Run 'slicerbridge --help' for usage.");
            return BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Report(e, error);
        }
    }

    /// <summary>Prints one line for an exception and returns the exit code it deserves.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        switch (exception)
        {
            case InvalidInputException bad:
                error.WriteLine(bad.Where is null ? $"error: {bad.Message}" : $"error: {bad.Message} ({bad.Where})");
                return BadInput;
            case StatisticsInputException data:
                error.WriteLine(data.Where is null ? $"error: {data.Message}" : $"error: {data.Message} ({data.Where})");
                return BadInput;
            case FileNotFoundException missing:
                error.WriteLine($"error: file not found ({missing.FileName})");
                return BadInput;
            case UnauthorizedAccessException or IOException:
                error.WriteLine($"error: {exception.Message}");
                return BadInput;
            default:
                error.WriteLine($"error: internal failure: {exception.GetType().Name}: {exception.Message}");
                return InternalFailure;
        }
    }
}
