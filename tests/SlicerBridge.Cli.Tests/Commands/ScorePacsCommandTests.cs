using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

/// <summary>
/// Argument checks of <c>score-pacs</c>: each bad argument gives one line naming the option and exit 2,
/// before any request is sent (the workflow itself is tested against Orthanc in the Modeling tests).
/// </summary>
public class ScorePacsCommandTests
{
    private const string Study = "1.2.826.0.1.3680043.10.1";

    [Theory]
    [InlineData("--dicomweb", "ftp://pacs/dicom-web", "is not an http or https URL", "--dicomweb")]
    [InlineData("--dicomweb", "pacs/dicom-web", "is not an http or https URL", "--dicomweb")]
    [InlineData("--study", "1.02.3", "is not a DICOM UID", "--study")]
    [InlineData("--arterial-series", "1.2.x", "is not a DICOM UID", "--arterial-series")]
    [InlineData("--seg", "12345", "is not a DICOM UID", "--seg")]
    [InlineData("--segment", "0", "segment numbers are 1..65535", "--segment")]
    [InlineData("--format", "xml", "unknown format 'xml'", "--format")]
    public void BadArgumentIsNamed(string option, string value, string message, string where)
    {
        var run = Run(option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: ", Assert.Single(run.ErrorLines)[..7]);
        Assert.Contains(message, run.Error);
        Assert.Contains($"({where})", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData(new[] { "--user", "u" }, "--user needs --password")]
    [InlineData(new[] { "--password", "p" }, "--password needs --user")]
    [InlineData(new[] { "--token", "t", "--user", "u", "--password", "p" }, "use either --token or --user/--password")]
    public void CredentialsMustBeOneCompleteKind(string[] extra, string message)
    {
        var run = Run(extra);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void MissingRequiredOptionIsAParseError()
    {
        var run = CliRun.Of("score-pacs", "--dicomweb", "http://127.0.0.1:9/dicom-web", "--study", Study);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--arterial-series", run.Error);
        Assert.Contains("--model", run.Error);
    }

    [Fact]
    public void MissingModelFileIsBadInput()
    {
        using var temp = new TempDirectory();

        var run = Run("--model", temp.File("absent.model.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.model.json", Assert.Single(run.ErrorLines));
    }

    /// <summary>The valid arguments with <paramref name="overrides"/> replacing (or adding) options.</summary>
    private static CliRun Run(params string[] overrides)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["--dicomweb"] = "http://127.0.0.1:9/dicom-web",
            ["--study"] = Study,
            ["--arterial-series"] = Study + ".1",
            ["--venous-series"] = Study + ".2",
            ["--seg"] = Study + ".3",
            ["--model"] = "absent.model.json",
            ["--afp"] = "350",
        };
        for (var i = 0; i < overrides.Length; i++)
        {
            var isFlag = i + 1 >= overrides.Length || overrides[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[overrides[i]] = isFlag ? null : overrides[++i];
        }

        var args = new List<string> { "score-pacs" };
        foreach (var (name, value) in options)
        {
            args.Add(name);
            if (value is not null)
            {
                args.Add(value);
            }
        }

        return CliRun.Of(args.ToArray());
    }
}
