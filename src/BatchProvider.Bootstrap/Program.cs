using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Handler;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Runtime;

// The Lambda entry point (custom runtime provided.al2023): read the settings once, wire the handler, run the loop.
// A start-up failure goes to the Runtime API's init-error endpoint, so Lambda reports it instead of a bare exit.
var time = TimeProvider.System;
var log = new RequestScopedLogSink(new JsonLinesLogSink(Console.Error, time));
var environment = ProcessEnvironmentVariables.Instance;
var runtimeApi = environment.Get(RuntimeApiClient.Variable);
if (string.IsNullOrEmpty(runtimeApi))
{
    log.Write(LogEvent.Of(LogLevel.Error, "runtime.init.error", ("message", $"{RuntimeApiClient.Variable} is not set: this program runs under Lambda (or a Runtime API emulator).")));
    return 1;
}

// The next-invocation call blocks while the function is frozen between events, hence no HTTP timeout.
using var runtimeHttp = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
var client = new RuntimeApiClient(runtimeHttp, runtimeApi);
LambdaBootstrap bootstrap;
try
{
    var settings = LambdaSettings.Read(environment);
    var aws = AwsClients.Create(settings.Aws, new DefaultCredentialsProvider(environment), log, time, Random.Shared.NextDouble);
    var responseHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var handler = FunctionComposition.Create(settings, aws.Batch, aws.Sqs, new HttpResponseChannel(responseHttp, log, time),
        StuckJobRemediation.Create(aws.Batch, aws.Sqs, RemediationSettings.Read(environment), log, time), log, time);
    bootstrap = new LambdaBootstrap(client, handler.HandleAsync, log);
}
catch (Exception e)
{
    await LambdaBootstrap.ReportInitializationErrorAsync(client, e, log, CancellationToken.None);
    return 1;
}

await bootstrap.RunAsync(CancellationToken.None);
return 0;
