using System.Globalization;
using System.Text.Json;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Continuation;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// The <c>Custom::BatchStack</c> lifecycle, one pass at a time: it validates, reconciles until the pass deadline, and
/// either answers or hands back a continuation. It never talks to CloudFormation or SQS itself
/// (<see cref="CustomResourceHandler"/> does), so a pass is testable with fakes.
/// </summary>
/// <param name="reconcilerFor">A reconciler for one target, given its Batch ARN prefix (from the request's StackId).</param>
/// <param name="target">What Batch is, for the convergence check before SUCCESS: only an emulator may leave its known gaps.</param>
/// <param name="namePrefix">What every stack Name must start with (the IAM policy allows no other names); null for any.</param>
/// <param name="progress">Receives every apply's step events as they happen (the CLI draws them); null in the Lambda.</param>
public sealed class BatchStackProvider(Func<string, Reconciler> reconcilerFor, TargetKind target, string? namePrefix, TimeProvider time, ILogSink log, ProviderOptions options,
    IProgress<ApplyEvent>? progress = null)
{
    /// <summary>The first state of a request just received from CloudFormation.</summary>
    public ContinuationMessage Start(CustomResourceRequest request) => new()
    {
        Request = request,
        Phase = request.RequestType == "Delete" ? ContinuationPhase.Destroy : ContinuationPhase.Deploy,
        AnswerBy = time.GetUtcNow() + ServiceTimeout(request) - options.AnswerMargin,
    };

    /// <summary>One pass over <paramref name="state"/> that ends before <paramref name="invocationDeadline"/> less the margin.</summary>
    public async Task<ProviderOutcome> PassAsync(ContinuationMessage state, DateTimeOffset invocationDeadline, CancellationToken cancellationToken)
    {
        var request = state.Request;
        var stack = StackArn.Parse(request.StackId);
        if (stack is null)
            return Fail(request, request.PhysicalResourceId, $"StackId '{request.StackId}' is not a CloudFormation stack ARN.");

        var unprovisioned = PhysicalId.Unprovisioned(stack.StackName, request.LogicalResourceId).ToString();
        if (time.GetUtcNow() >= state.AnswerBy)
            return Fail(request, state.Phase == ContinuationPhase.Deploy && request.RequestType == "Create" ? DeployId(stack, request) ?? unprovisioned : request.PhysicalResourceId ?? unprovisioned,
                $"{request.RequestType} did not finish within the ServiceTimeout ({ServiceTimeout(request).TotalSeconds:0} s) after {state.Passes} passes; " +
                "what exists stays in Batch and the next Update or Delete continues from it.");

        var deadline = Min(invocationDeadline - options.InvocationMargin, state.AnswerBy);
        var next = state with { Passes = state.Passes + 1, Errors = 0 };
        var reconciler = reconcilerFor(stack.BatchArnPrefix);
        return state.Phase switch
        {
            ContinuationPhase.Destroy => await DestroyAsync(next, stack, reconciler, deadline, cancellationToken),
            ContinuationPhase.Deploy => await DeployAsync(next, stack, reconciler, deadline, cancellationToken),
            ContinuationPhase.Unwind => await UnwindAsync(next, stack, reconciler, deadline, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state.Phase, "unknown continuation phase"),
        };
    }

    /// <summary>
    /// A Delete removes what the Name inside its id owns. An id this provider never issued (CloudFormation's own after a
    /// cancelled Create, another resource's) or an unprovisioned one succeeds at once and touches nothing.
    /// </summary>
    private async Task<ProviderOutcome> DestroyAsync(ContinuationMessage state, StackArn stack, Reconciler reconciler, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var request = state.Request;
        var echoed = request.PhysicalResourceId is { Length: > 0 } given ? given : PhysicalId.Unprovisioned(stack.StackName, request.LogicalResourceId).ToString();
        if (PhysicalId.Parse(request.PhysicalResourceId, stack.StackName, request.LogicalResourceId) is not { Name: { } name })
        {
            log.Write(LogEvent.Of(LogLevel.Info, "cfn.delete.foreign", ("physicalResourceId", echoed)));
            return new ProviderOutcome.Answer(CustomResourceResponse.Success(request, echoed));
        }

        var result = await reconciler.DestroyAsync(name, deadline, progress, cancellationToken);
        return result.Status switch
        {
            ApplyStatus.Succeeded => new ProviderOutcome.Answer(CustomResourceResponse.Success(request, echoed)),
            ApplyStatus.InProgress => new ProviderOutcome.Continue(state),
            _ => Fail(request, echoed, "Delete failed: " + Describe(result)),
        };
    }

    private async Task<ProviderOutcome> DeployAsync(ContinuationMessage state, StackArn stack, Reconciler reconciler, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var request = state.Request;
        var pipeline = SpecPipeline.Run(JsonNodeReader.FromResourceProperties(request.ResourceProperties), time.GetUtcNow());
        if (pipeline.Validated is not { } spec)
        {
            // Before any Batch call: nothing exists, so a Create's id says so and its rollback Delete touches nothing.
            var id = request.RequestType == "Create" ? PhysicalId.Unprovisioned(stack.StackName, request.LogicalResourceId).ToString() : request.PhysicalResourceId!;
            return Fail(request, id, "Invalid properties: " + string.Join(" ", pipeline.Errors.Select(d => d.ToString())));
        }

        if (namePrefix is not null && !spec.Desired.StackName.StartsWith(namePrefix, StringComparison.Ordinal))
        {
            var id = request.RequestType == "Create" ? PhysicalId.Unprovisioned(stack.StackName, request.LogicalResourceId).ToString() : request.PhysicalResourceId!;
            return Fail(request, id, $"Invalid properties: Name: '{spec.Desired.StackName}' does not start with '{namePrefix}', the provider's NamePrefix " +
                $"(its IAM policy allows Batch names with that prefix only); use a Name such as '{namePrefix}{spec.Desired.StackName}'.");
        }

        var newId = new PhysicalId(stack.StackName, request.LogicalResourceId, spec.Desired.StackName);
        var result = await reconciler.DeployAsync(spec, deadline, progress, cancellationToken: cancellationToken);
        string reason;
        switch (result.Status)
        {
            case ApplyStatus.Succeeded:
                var (verdict, check) = await reconciler.JudgeAsync(spec, target, cancellationToken);
                foreach (var gap in verdict.Tolerated) log.Write(LogEvent.Of(LogLevel.Info, "cfn.emulator_gap_tolerated", ("gap", gap.ToString())));
                if (verdict.Converged)
                    return new ProviderOutcome.Answer(CustomResourceResponse.Success(request, newId.ToString(), ResponseData.From(check.Observed)));
                // Applying again would send the same requests: Batch keeps something else than it was sent.
                log.Write(LogEvent.Of(LogLevel.Error, "cfn.not_converged", ("remaining", string.Join("; ", verdict.Remaining))));
                reason = $"{request.RequestType} applied every step but Batch does not report what was sent: {string.Join("; ", verdict.Remaining)}.";
                break;
            case ApplyStatus.InProgress:
                return new ProviderOutcome.Continue(state);
            default:
                reason = $"{request.RequestType} failed: {Describe(result)}";
                break;
        }

        if (request.RequestType == "Create") return Fail(request, newId.ToString(), reason);
        var old = PhysicalId.Parse(request.PhysicalResourceId, stack.StackName, request.LogicalResourceId);
        if (old?.Name is { } oldName && oldName != spec.Desired.StackName)
            return await UnwindAsync(state with { Phase = ContinuationPhase.Unwind, FailureReason = reason }, stack, reconciler, deadline, cancellationToken);
        return Fail(request, request.PhysicalResourceId!, reason);
    }

    /// <summary>After a failed replacing Update: remove the new Name's resources, then answer FAILED with the old id.</summary>
    private async Task<ProviderOutcome> UnwindAsync(ContinuationMessage state, StackArn stack, Reconciler reconciler, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var request = state.Request;
        var name = NameOf(request.ResourceProperties);
        if (name is not null)
        {
            var result = await reconciler.DestroyAsync(name, deadline, progress, cancellationToken);
            if (result.Status == ApplyStatus.InProgress) return new ProviderOutcome.Continue(state);
            if (result.Status != ApplyStatus.Succeeded)
                return Fail(request, request.PhysicalResourceId!, $"{state.FailureReason} Removing what the new Name '{name}' created also failed: {Describe(result)}");
        }
        return Fail(request, request.PhysicalResourceId!, state.FailureReason + " What the new Name created has been removed.");
    }

    /// <summary>The answer to a request that failed in a way nobody expected (a bug or an outage): FAILED, never silence.</summary>
    public ProviderOutcome.Answer Crash(ContinuationMessage state, string reason)
    {
        var request = state.Request;
        var stack = StackArn.Parse(request.StackId);
        var id = request.RequestType == "Create" && stack is not null
            ? DeployId(stack, request) ?? PhysicalId.Unprovisioned(stack.StackName, request.LogicalResourceId).ToString()
            : request.PhysicalResourceId ?? "BatchStack/unknown";
        return Fail(request, id, reason);
    }

    /// <summary>CloudFormation's answer deadline: <c>ServiceTimeout</c> (1–3600 s, a string like every scalar), default 3,600 s.</summary>
    public static TimeSpan ServiceTimeout(CustomResourceRequest request) =>
        request.ResourceProperties.ValueKind == JsonValueKind.Object
        && request.ResourceProperties.TryGetProperty("ServiceTimeout", out var value)
        && int.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds is >= 1 and <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : ProviderOptions.DefaultServiceTimeout;

    // A Create's id names what it may have created, so the rollback Delete removes exactly that.
    private static string? DeployId(StackArn stack, CustomResourceRequest request) =>
        NameOf(request.ResourceProperties) is { } name ? new PhysicalId(stack.StackName, request.LogicalResourceId, name).ToString() : null;

    private static string? NameOf(JsonElement properties) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("Name", out var name)
        && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string Describe(ApplyResult result) =>
        result.Status == ApplyStatus.Refused
            ? string.Join(" ", result.Problems)
            : string.Join(" ", result.Failures.Select(f => $"{f.Step.Resource}: {f.Error?.Code} {f.Error?.Message}".TrimEnd()))
              + (result.ObserveError is { } observe ? $" Observing afterwards failed: {observe}" : "");

    private static ProviderOutcome.Answer Fail(CustomResourceRequest request, string? physicalResourceId, string reason) =>
        new(CustomResourceResponse.Failure(request, physicalResourceId is { Length: > 0 } id ? id : "BatchStack/unknown", reason));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
