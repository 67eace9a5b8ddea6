using System.Text.Json;
using BatchProvider.Lambda.Continuation;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// With the template's NamePrefix set (<c>BATCHSTACK_NAME_PREFIX</c>), a Name outside it is refused before any Batch
/// call, naming the property and a Name that would do, instead of failing later with AccessDenied half-way through.
/// </summary>
public sealed class NamePrefixTests
{
    private const string StackId = "arn:aws:cloudformation:eu-west-1:123456789012:stack/research-stack/1c2f0b40-6d3e-11ef-9e2a-0a1b2c3d4e5f";

    public static TheoryData<string?, string, string, bool> Rows => new()
    {
        { "team-", "research", "Create", false },
        { "team-", "research", "Update", false },
        { "team-", "team-research", "Create", true },
        { null, "research", "Create", true },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Pass_WithANameOutsideThePrefix_FailsBeforeAnyBatchCall(string? prefix, string name, string requestType, bool allowed)
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-12-03T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var batch = new SimulatedBatch(clock, new SimulatedBatchOptions { ApiLatency = TimeSpan.Zero });
        var provider = new BatchStackProvider(arn => new Reconciler(batch, clock, arn), TargetKind.Aws, prefix, clock, NullLogSink.Instance, new ProviderOptions());
        var request = new CustomResourceRequest
        {
            RequestType = requestType,
            ResponseUrl = "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/x",
            StackId = StackId,
            RequestId = "r-1",
            LogicalResourceId = "Research",
            PhysicalResourceId = requestType == "Create" ? null : "BatchStack/research-stack/Research/team-old",
            ResourceProperties = Properties(name),
        };

        var outcome = await provider.PassAsync(provider.Start(request), clock.GetUtcNow().AddMinutes(10), CancellationToken.None);

        var answer = Assert.IsType<ProviderOutcome.Answer>(outcome).Response;
        if (allowed)
        {
            Assert.True(answer.Status == CustomResourceResponse.Succeeded, answer.Reason);
            Assert.NotEmpty(batch.Calls);
            return;
        }
        Assert.Equal(CustomResourceResponse.Failed, answer.Status);
        Assert.Contains($"Name: '{name}' does not start with '{prefix}'", answer.Reason);
        Assert.Contains($"'{prefix}{name}'", answer.Reason);
        Assert.Equal(requestType == "Create" ? "BatchStack/research-stack/Research/-" : request.PhysicalResourceId, answer.PhysicalResourceId);
        Assert.Empty(batch.Calls);
    }

    private static JsonElement Properties(string name) => JsonDocument.Parse($$"""
        {
          "ServiceToken": "arn:aws:lambda:eu-west-1:123456789012:function:batchprovider",
          "Name": "{{name}}",
          "JobDefinitions": [
            { "Id": "hello", "Kind": "Container", "Image": "public.ecr.aws/amazonlinux/amazonlinux:2023", "Vcpus": "1", "Memory": "2048" }
          ]
        }
        """).RootElement.Clone();
}
