using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Server.LoadTest;
using SlicerBridge.Server.Security;
using SlicerBridge.Server.V1;

// Bounded load test on loopback: N concurrent clients score the two-phase cropped VOIs of the synthetic
// sample patient (samples/patient-001, a 4.3 cm tumour) for a fixed time against a separate server process.
// Usage: dotnet SlicerBridge.Server.LoadTest.dll [--seconds 60] [--clients 8] [--mode score|extract] [--out result.json]
var seconds = Option("--seconds", 60);
var clients = Option("--clients", 8);
var mode = Text("--mode", "score");
var repo = FindRepository();
var folder = Directory.CreateTempSubdirectory("slicerbridge-load-").FullName;
try
{
    Directory.CreateDirectory(Path.Combine(folder, "models"));
    LoadModel.Write(Path.Combine(folder, "models"), File.ReadAllText(Path.Combine(repo, "samples", "params", "paper-ct.yaml")));
    const string token = "load-test-token-5c1d";
    File.WriteAllText(Path.Combine(folder, "tokens.json"),
        JsonSerializer.Serialize(new { tokens = new[] { new { name = "load-test", sha256 = TokenStore.Hash(token), roles = new[] { Roles.Clinician } } } }));

    using var server = ServerProcess.Start("--urls", "http://127.0.0.1:0", "--models", Path.Combine(folder, "models"),
        "--tokens", Path.Combine(folder, "tokens.json"), "--audit", Path.Combine(folder, "audit.jsonl"), "--max-queue", (clients * 2).ToString(CultureInfo.InvariantCulture));
    using var channel = GrpcChannel.ForAddress(server.Url);
    var client = new Radiomics.RadiomicsClient(channel);
    var headers = new Metadata { { "authorization", "Bearer " + token } };
    var sample = Path.Combine(repo, "samples", "patient-001");
    var arterial = Phase(Path.Combine(sample, "arterial.nrrd"), Path.Combine(sample, "arterial_mask_A.nrrd"));
    var venous = Phase(Path.Combine(sample, "venous.nrrd"), Path.Combine(sample, "venous_mask_A.nrrd"));
    var score = new ScoreTumourRequest { Arterial = arterial, Venous = venous, AfpNgMl = 350, ModelId = LoadModel.Id };
    var extract = new ExtractFeaturesRequest { Arterial = arterial, Venous = venous };
    Func<Task> call = mode == "extract"
        ? async () => await client.ExtractFeaturesAsync(extract, headers)
        : async () => await client.ScoreTumourAsync(score, headers);

    await call(); // warm-up: JIT and the scorer's plan, outside the measurement
    var rssStart = server.ResidentMiB;
    var latencies = new ConcurrentBag<double>();
    var errors = new ConcurrentDictionary<string, int>();
    var clock = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);

    // Memory once 8 concurrent calls have warmed the server (thread pool, buffers), against which growth is judged.
    var rssAfterWarmUp = Task.Run(async () =>
    {
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, seconds / 4.0)));
        return server.ResidentMiB;
    });
    await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
    {
        while (clock.Elapsed < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await call();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (RpcException e)
            {
                errors.AddOrUpdate(e.StatusCode.ToString(), 1, (_, n) => n + 1);
            }
        }
    })));
    var elapsed = clock.Elapsed.TotalSeconds;
    var rssEnd = server.ResidentMiB;
    var rssLoaded = await rssAfterWarmUp;

    var sorted = latencies.Order().ToArray();
    var result = new
    {
        mode,
        clients,
        seconds = Math.Round(elapsed, 1),
        voxels = new { arterial = Voxels(arterial), venous = Voxels(venous) },
        completed = sorted.Length,
        throughput_per_s = Math.Round(sorted.Length / elapsed, 2),
        p50_ms = Math.Round(Percentile(sorted, 0.50), 1),
        p99_ms = Math.Round(Percentile(sorted, 0.99), 1),
        errors,
        server_rss_mib_start = Math.Round(rssStart, 1),
        server_rss_mib_after_warm_up = Math.Round(rssLoaded, 1),
        server_rss_mib_end = Math.Round(rssEnd, 1),
        growth_after_warm_up_percent = Math.Round(100 * (rssEnd - rssLoaded) / rssLoaded, 1),
        processors = Environment.ProcessorCount,
    };
    var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
    Console.WriteLine(json);
    if (Text("--out", "") is { Length: > 0 } outPath)
    {
        File.WriteAllText(outPath, json + "\n");
    }

    return errors.IsEmpty ? 0 : 1;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

Phase Phase(string imagePath, string maskPath)
{
    var image = VolumeIO.Read(imagePath);
    var mask = VolumeIO.Read(maskPath);
    // What the plugin sends: the tumour's box plus a 5-voxel margin.
    var box = RoiMask.FromLabel(mask, 1).BoundingBox.Pad(5, image.Size);
    var croppedImage = image.Crop(box);
    var croppedMask = mask.Crop(box);
    return new Phase
    {
        Image = new Volume { Geometry = Geometry(croppedImage.Geometry), PixelType = (SlicerBridge.Server.V1.PixelType)((int)croppedImage.PixelType + 1), Data = ByteString.CopyFrom(croppedImage.Bytes) },
        Mask = new Mask { PixelType = (SlicerBridge.Server.V1.PixelType)((int)croppedMask.PixelType + 1), Data = ByteString.CopyFrom(croppedMask.Bytes), Label = 1 },
    };
}

static SlicerBridge.Server.V1.Geometry Geometry(ImageGeometry g)
{
    var message = new SlicerBridge.Server.V1.Geometry();
    message.Size.AddRange([g.Size.X, g.Size.Y, g.Size.Z]);
    message.Spacing.AddRange([g.Spacing.X, g.Spacing.Y, g.Spacing.Z]);
    message.Origin.AddRange([g.Origin.X, g.Origin.Y, g.Origin.Z]);
    var d = g.Direction;
    message.Direction.AddRange([d.M00, d.M01, d.M02, d.M10, d.M11, d.M12, d.M20, d.M21, d.M22]);
    return message;
}

static long Voxels(Phase phase) => (long)phase.Image.Geometry.Size[0] * phase.Image.Geometry.Size[1] * phase.Image.Geometry.Size[2];

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SlicerBridge.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run the load test from inside the repository (SlicerBridge.sln not found above it)");
}

int Option(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string Text(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
