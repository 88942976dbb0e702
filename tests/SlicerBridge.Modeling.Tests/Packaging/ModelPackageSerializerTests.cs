using System.Text;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Packaging;

public class ModelPackageSerializerTests
{
    [Fact]
    public void SealWriteReadGivesTheSameContentAndIdenticalBytes()
    {
        using var temp = new TempDirectory();
        var sealedPackage = ModelPackageSerializer.Seal(TestPackages.Create());
        var first = temp.File("a.model.json");
        var second = temp.File("b.model.json");

        ModelPackageSerializer.Write(sealedPackage, first);
        var read = ModelPackageSerializer.Read(first);
        ModelPackageSerializer.Write(read, second);

        // Records holding lists compare lists by reference, so equality is the canonical form's.
        Assert.Equal(ModelPackageSerializer.ToJson(sealedPackage), ModelPackageSerializer.ToJson(read));
        Assert.Equal(sealedPackage.Sha256, read.Sha256);
        Assert.Equal(64, read.Sha256.Length);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(TestPackages.TwoPhaseFeatures, read.Features);
        Assert.True(double.IsNaN(read.Metrics.Train["radscore"].Npv));
        Assert.Null(read.Nomogram.Terms[1].Threshold);
        Assert.Equal(200, read.Nomogram.Terms[0].Threshold);
        Assert.Equal(Encoding.UTF8.GetBytes(ModelPackageSerializer.ToJson(sealedPackage)), File.ReadAllBytes(first));
    }

    [Fact]
    public void HashIsOfTheFileBytesWithTheHashEmptied()
    {
        using var temp = new TempDirectory();
        var path = temp.File("m.model.json");
        ModelPackageSerializer.Write(TestPackages.Create(), path);
        var bytes = File.ReadAllBytes(path);
        var sha = ModelPackageSerializer.Read(path).Sha256;

        // What hospital IT would do by hand (see Packaging/README.md), written independently of the serializer.
        var emptied = Encoding.UTF8.GetString(bytes).Replace($"\"sha256\": \"{sha}\"", "\"sha256\": \"\"", StringComparison.Ordinal);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(emptied)));

        Assert.Equal(expected, sha);
        Assert.NotEqual(bytes.Length, Encoding.UTF8.GetByteCount(emptied));
    }

    [Fact]
    public void OneCharacterEditIsRefused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("m.model.json");
        ModelPackageSerializer.Write(TestPackages.Create(), path);
        var text = File.ReadAllText(path);
        var at = text.IndexOf("\"coefficient\": 0.5", StringComparison.Ordinal) + "\"coefficient\": 0.".Length;
        File.WriteAllText(path, text[..at] + "6" + text[(at + 1)..]);

        var e = Assert.Throws<InvalidInputException>(() => ModelPackageSerializer.Read(path));

        Assert.Contains("does not match its sha256", e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.Where);
    }

    [Theory]
    [InlineData("\"seed\": 42,", "\"seed\": 42, \"coeficient\": 1,")]
    [InlineData("\"seed\": 42,", "")]
    [InlineData("\"intended_use\": \"Test model: probability of proliferative HCC\"", "\"intended_use\": null")]
    public void UnknownMissingOrNullFieldsAreRefusedBeforeTheHash(string find, string replace)
    {
        using var temp = new TempDirectory();
        var path = temp.File("m.model.json");
        ModelPackageSerializer.Write(TestPackages.Create(), path);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<InvalidInputException>(() => ModelPackageSerializer.Read(path));

        Assert.StartsWith("model package is not valid", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, e.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void SealedButInvalidPackageIsRefusedNamingFileAndField()
    {
        using var temp = new TempDirectory();
        var path = temp.File("m.model.json");
        var features = TestPackages.TwoPhaseFeatures.ToList();
        features[1] = features[1] with { Sd = 0 };

        // Bypasses Write, which would refuse it: a producer that does not validate.
        File.WriteAllText(path, ModelPackageSerializer.ToJson(ModelPackageSerializer.Seal(TestPackages.Create(features))));
        var e = Assert.Throws<InvalidInputException>(() => ModelPackageSerializer.Read(path));

        Assert.Equal($"{path}: features[1].sd", e.Where);
        Assert.Contains("features[1].sd must be > 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidPackageIsNeverWritten()
    {
        using var temp = new TempDirectory();
        var path = temp.File("m.model.json");
        var package = TestPackages.Create() with { Radscore = TestPackages.Create().Radscore with { Cutoff = double.NaN } };

        var e = Assert.Throws<InvalidInputException>(() => ModelPackageSerializer.Write(package, path));

        Assert.Equal("radscore.cutoff", e.Where);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        using var temp = new TempDirectory();
        var e = Assert.Throws<InvalidInputException>(() => ModelPackageSerializer.Read(temp.File("absent.model.json")));
        Assert.Equal("model package not found", e.Message);
    }
}
