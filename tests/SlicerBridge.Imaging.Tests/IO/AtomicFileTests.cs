using SlicerBridge.Imaging.IO;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AFailingWriterLeavesTheOldFileAndNoTemporary()
    {
        var path = _dir.File("out.bin");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[1000]);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void NothingAppearsUntilTheWriterFinishes()
    {
        var path = _dir.File("out.bin");

        AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[10]);
            Assert.False(File.Exists(path));
        });

        Assert.Equal(10, new FileInfo(path).Length);
    }
}
