using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Remediation;
using FsCheck;
using FsCheck.Fluent;

namespace BatchProvider.Domain.Tests.Remediation;

/// <summary>
/// Resubmit loses nothing: for random SubmitJob requests, the request built from what DescribeJobs reports runs the
/// same job as the original (<see cref="DescribedJob"/>), field by field, on the ResubmitTo queue, with a marker tag
/// that depends on the original's job id alone. The generated records compare lists by reference, so values are
/// compared as their wire JSON.
/// </summary>
public class ResubmitRequestPropertyTests
{
    private const int MaxTest = 500;
    private const string JobId = "0f6e1c9d-1111-4222-8333-444455556666";
    private const string Target = "arn:aws:batch:us-east-1:123456789012:job-queue/research-overflow";

    private static void ForAll(Action<SubmittedJob> property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(Arb.From(SubmitJobGen.Any), property));

    [Fact]
    public void For_AnySubmittedJob_RunsTheSameJobOnTheTargetQueue()
    {
        ForAll(job =>
        {
            var (definition, original) = job;
            var resubmit = ResubmitRequest.For(DescribedJob.Of(definition, original, JobId), Target);

            Assert.Equal(Target, resubmit.JobQueue);
            // Run under the original's queue and tags, the new job is the original to the last field.
            var rerun = DescribedJob.Of(definition, resubmit with { JobQueue = original.JobQueue, Tags = original.Tags }, JobId);
            Assert.Equal(Json(DescribedJob.Of(definition, original, JobId)), Json(rerun));
        });
    }

    [Fact]
    public void For_AnySubmittedJob_KeepsEverySubmitField()
    {
        ForAll(job =>
        {
            var (definition, original) = job;
            var resubmit = ResubmitRequest.For(DescribedJob.Of(definition, original, JobId), Target);

            Assert.Equal(original.JobName, resubmit.JobName);
            Assert.Equal(definition.JobDefinitionArn, resubmit.JobDefinition);
            Assert.Equal(original.ShareIdentifier, resubmit.ShareIdentifier);
            Assert.Equal(original.SchedulingPriorityOverride ?? definition.SchedulingPriority, resubmit.SchedulingPriorityOverride);
            Assert.Equal(original.ArrayProperties?.Size, resubmit.ArrayProperties?.Size);
            Assert.Equal(original.PropagateTags ?? definition.PropagateTags, resubmit.PropagateTags);
            Assert.Equal(Json(original.DependsOn), Json(resubmit.DependsOn));
            Assert.Equal(Json(original.Timeout ?? definition.Timeout), Json(resubmit.Timeout));
            Assert.Equal(Json(original.RetryStrategy ?? definition.RetryStrategy), Json(resubmit.RetryStrategy));
            Assert.Equal(Sorted((original.Parameters ?? new Dictionary<string, string>()).Concat(
                (definition.Parameters ?? new Dictionary<string, string>()).Where(p => original.Parameters?.ContainsKey(p.Key) != true))),
                Sorted(resubmit.Parameters ?? new Dictionary<string, string>()));
            Assert.Equal(Sorted([.. original.Tags ?? new Dictionary<string, string>(), new(ResubmitRequest.MarkerTag, JobId)]), Sorted(resubmit.Tags!));
        });
    }

    [Fact]
    public void For_AnySubmittedJob_SendsNoVariableBatchReserves()
    {
        // SubmitJob rejects overrides of AWS_BATCH_* variables; Batch sets them for the new job itself.
        ForAll(job =>
        {
            var resubmit = ResubmitRequest.For(DescribedJob.Of(job.Definition, job.Request, JobId), Target);
            var names = (resubmit.ContainerOverrides?.Environment ?? []).Select(e => e.Name)
                .Concat((resubmit.NodeOverrides?.NodePropertyOverrides ?? []).SelectMany(n => n.ContainerOverrides?.Environment ?? []).Select(e => e.Name))
                .Concat(EksContainers(resubmit).SelectMany(c => c.Env ?? []).Select(e => e.Name));
            Assert.DoesNotContain(names, n => n?.StartsWith("AWS_BATCH_", StringComparison.Ordinal) == true);
        });
    }

    [Fact]
    public void For_SameJob_IsTheSameRequest_AndAnotherJobIdChangesOnlyTheMarker()
    {
        ForAll(job =>
        {
            var described = DescribedJob.Of(job.Definition, job.Request, JobId);
            var first = ResubmitRequest.For(described, Target);
            var again = ResubmitRequest.For(described, Target);
            var other = ResubmitRequest.For(described with { JobId = "another-job" }, Target);

            Assert.Equal(Json(first), Json(again));
            Assert.Equal(JobId, first.Tags![ResubmitRequest.MarkerTag]);
            Assert.Equal("another-job", other.Tags![ResubmitRequest.MarkerTag]);
            Assert.Equal(Json(first with { Tags = null }), Json(other with { Tags = null }));
        });
    }

    private static IEnumerable<EksContainerOverride> EksContainers(SubmitJobRequest request) =>
        [.. request.EksPropertiesOverride?.PodProperties?.Containers ?? [], .. request.EksPropertiesOverride?.PodProperties?.InitContainers ?? []];

    private static List<KeyValuePair<string, string>> Sorted(IEnumerable<KeyValuePair<string, string>> pairs) =>
        [.. pairs.OrderBy(p => p.Key, StringComparer.Ordinal)];

    private static string Json(JobDetail value) => JsonSerializer.Serialize(value, BatchApiJsonContext.Default.JobDetail);

    private static string Json(SubmitJobRequest value) => JsonSerializer.Serialize(value, BatchApiJsonContext.Default.SubmitJobRequest);

    private static string Json(JobTimeout? value) => value is null ? "null" : JsonSerializer.Serialize(value, BatchApiJsonContext.Default.JobTimeout);

    private static string Json(RetryStrategy? value) => value is null ? "null" : JsonSerializer.Serialize(value, BatchApiJsonContext.Default.RetryStrategy);

    private static string Json(IReadOnlyList<JobDependency>? value) => value is null ? "null" : string.Join(",", value.Select(d => JsonSerializer.Serialize(d, BatchApiJsonContext.Default.JobDependency)));
}
