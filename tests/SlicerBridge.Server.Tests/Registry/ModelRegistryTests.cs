using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using SlicerBridge.Server.Registry;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Server.Tests.Registry;

public sealed class ModelRegistryTests
{
    private static ModelRegistry Open(string folder) => new(folder, NullLogger<ModelRegistry>.Instance);

    [Fact]
    public void Versions_order_numerically_and_the_newest_is_found_without_a_version()
    {
        using var folder = new TempDirectory();
        TestPackages.Write(folder.Path, "m", "1.9.0");
        TestPackages.Write(folder.Path, "m", "1.10.0");
        var registry = Open(folder.Path);

        Assert.Equal(["1.9.0", "1.10.0"], registry.List().Select(m => m.Version));
        Assert.Equal("1.10.0", registry.Find("m", null).Version);
        Assert.Equal("1.9.0", registry.Find("m", "1.9.0").Version);
    }

    [Fact]
    public void A_tampered_package_is_skipped_not_served()
    {
        using var folder = new TempDirectory();
        var path = TestPackages.Write(folder.Path, "m", "1.0.0");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"intended_use\": \"tests only\"", "\"intended_use\": \"all patients\"", StringComparison.Ordinal));

        Assert.Empty(Open(folder.Path).List());
    }

    [Fact]
    public void Activation_writes_the_pointer_with_the_hash_and_reports_the_previous_model()
    {
        using var folder = new TempDirectory();
        TestPackages.Write(folder.Path, "m", "1.0.0");
        TestPackages.Write(folder.Path, "m", "2.0.0");
        var registry = Open(folder.Path);
        var now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var (first, none) = registry.Activate("m", "1.0.0", now);
        var (second, previous) = registry.Activate("m", "2.0.0", now);

        Assert.Null(none);
        Assert.Equal("1.0.0", previous!.Version);
        Assert.Equal(second, registry.Active());
        Assert.Equal(new ActivePointer("m", "2.0.0", second.Package.Sha256, now), registry.ReadPointer());
        Assert.NotEqual(first.Package.Sha256, second.Package.Sha256);
        Assert.Equal(["active.json", "m-1.0.0.model.json", "m-2.0.0.model.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_pointer_whose_package_changed_is_not_active()
    {
        using var folder = new TempDirectory();
        TestPackages.Write(folder.Path, "m", "1.0.0");
        var registry = Open(folder.Path);
        registry.Activate("m", "1.0.0", DateTimeOffset.UnixEpoch);
        var changed = TestPackages.Create("m", "1.0.0") with { IntendedUse = "other" };
        Modeling.Packaging.ModelPackageSerializer.Write(changed, Path.Combine(folder.Path, "m-1.0.0.model.json"));

        Assert.Null(registry.Active());
    }

    [Fact]
    public void Unknown_ids_and_versions_are_not_found()
    {
        using var folder = new TempDirectory();
        TestPackages.Write(folder.Path, "m", "1.0.0");
        var registry = Open(folder.Path);

        Assert.Equal(StatusCode.NotFound, Assert.Throws<RpcException>(() => registry.Find("x", null)).StatusCode);
        Assert.Equal(StatusCode.NotFound, Assert.Throws<RpcException>(() => registry.Activate("m", "2.0.0", DateTimeOffset.UnixEpoch)).StatusCode);
    }

    [Fact]
    public void Without_a_folder_nothing_is_listed_and_activation_is_a_failed_precondition()
    {
        var registry = new ModelRegistry(null, NullLogger<ModelRegistry>.Instance);

        Assert.Empty(registry.List());
        Assert.Equal(StatusCode.FailedPrecondition, Assert.Throws<RpcException>(() => registry.Activate("m", "1", DateTimeOffset.UnixEpoch)).StatusCode);
    }
}
