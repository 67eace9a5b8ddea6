using System.Net;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Tests.Aws.Fakes;

/// <summary>Clients wired to in-process handlers, with a deterministic clock and jitter.</summary>
public static class TestClients
{
    public static readonly AwsCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token");

    public static AwsClientOptions Options(HttpMessageHandler handler, TimeProvider? time = null, ILogSink? log = null, AwsRetryOptions? retry = null, AwsService? service = null)
    {
        var s = service ?? AwsService.Batch;
        var random = new Random(7);
        return new AwsClientOptions(new ServiceEndpoint(s.RegionalEndpoint("eu-west-1"), "eu-west-1", s.SigningName), new StaticCredentialsProvider(Credentials))
        {
            Handler = handler,
            TimeProvider = time ?? new TestTimeProvider(TimeSpan.FromSeconds(25)),
            Random = () => random.NextDouble(),
            Log = log ?? new RecordingLogSink(),
            Retry = retry ?? new AwsRetryOptions { AttemptTimeout = TimeSpan.FromMinutes(10) },
        };
    }

    /// <summary>A Batch client whose server always answers <paramref name="body"/> with 200, behind a scripted fault injector.</summary>
    public static (BatchClient Client, FaultInjectingHandler Faults) BatchWithFaults(IEnumerable<Fault> script, string body = "{}", AwsRetryOptions? retry = null, ILogSink? log = null, TimeProvider? time = null)
    {
        var faults = new FaultInjectingHandler(1, time, StubHandler.Recorded(HttpStatusCode.OK, body)) { Script = new Queue<Fault>(script) };
        return (new BatchClient(Options(faults, time, log, retry)), faults);
    }
}
