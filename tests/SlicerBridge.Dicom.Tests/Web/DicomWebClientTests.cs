using System.Net;
using System.Text;
using SlicerBridge.Dicom.Web;

namespace SlicerBridge.Dicom.Tests.Web;

/// <summary>Retry, authentication and timeout behaviour against a scripted in-process handler.</summary>
public sealed class DicomWebClientTests
{
    [Fact]
    public async Task IdempotentGetIsRetriedOnTransientStatus()
    {
        var handler = new ScriptedHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, HttpStatusCode.OK);
        using var client = Client(handler);

        var studies = await client.SearchStudiesAsync([new("PatientID", "X")]);

        Assert.Empty(studies);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("/dicom-web/studies?PatientID=X", r.RequestUri!.PathAndQuery));
    }

    [Fact]
    public async Task GetGivesUpAfterMaxRetries()
    {
        var handler = new ScriptedHandler(Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 10).ToArray());
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<DicomWebException>(() => client.SearchStudiesAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, handler.Requests.Count); // first attempt + MaxRetries (2)
    }

    [Fact]
    public async Task StowIsNeverRetried()
    {
        var handler = new ScriptedHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var client = Client(handler);

        await Assert.ThrowsAsync<DicomWebException>(() => client.StoreAsync([new byte[] { 1, 2 }]));

        Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, handler.Requests[0].Method);
    }

    [Fact]
    public async Task NotFoundIsNotRetried()
    {
        var handler = new ScriptedHandler(HttpStatusCode.NotFound, HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<DicomWebException>(() => client.RetrieveSeriesMetadataAsync("1.2", "3.4"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("basic", "Basic dXNlcjpww6Rzcw==")]
    [InlineData("bearer", "Bearer token-123")]
    public async Task AuthenticationHeaderIsSent(string scheme, string expected)
    {
        var handler = new ScriptedHandler(HttpStatusCode.OK);
        var authentication = scheme == "basic" ? DicomWebAuthentication.Basic("user", "päss") : DicomWebAuthentication.Bearer("token-123");
        using var client = Client(handler, authentication);

        await client.SearchStudiesAsync();

        Assert.Equal(expected, handler.Requests[0].Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task SlowServerTimesOutThenRetries()
    {
        var handler = new ScriptedHandler(HttpStatusCode.OK) { Delay = TimeSpan.FromSeconds(30), DelayedRequests = 1 };
        using var client = Client(handler, timeout: TimeSpan.FromMilliseconds(100));

        var studies = await client.SearchStudiesAsync();

        Assert.Empty(studies);
        Assert.Equal(2, handler.Requests.Count);
    }

    private static DicomWebClient Client(ScriptedHandler handler, DicomWebAuthentication? authentication = null, TimeSpan? timeout = null) =>
        new(
            new DicomWebClientOptions
            {
                BaseUri = new Uri("http://pacs.invalid/dicom-web/"),
                Authentication = authentication ?? DicomWebAuthentication.None,
                MaxRetries = 2,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                Timeout = timeout ?? TimeSpan.FromSeconds(10),
            },
            handler,
            ownsHandler: true);

    /// <summary>Answers each request with the next scripted status and an empty DICOM JSON array.</summary>
    private sealed class ScriptedHandler(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public TimeSpan Delay { get; init; }

        public int DelayedRequests { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            if (Requests.Count <= DelayedRequests)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            var status = statuses[Math.Min(Requests.Count - 1, statuses.Length - 1)];
            return new HttpResponseMessage(status)
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes("[]")) { Headers = { { "Content-Type", "application/dicom+json" } } },
            };
        }
    }
}
