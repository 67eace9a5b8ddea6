using System.CommandLine;
using System.Text.Json;
using BatchProvider.Cli.Input;
using BatchProvider.Cli.Output;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;

namespace BatchProvider.Cli.Commands;

/// <summary><c>batchstack expand FILE [--parameters K=V ...]</c>: prints the Batch API requests each BatchStack expands to, defaults applied.</summary>
public static class ExpandCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var input = new SpecInput();
        var command = new Command("expand", "Print the Batch API requests (defaults, names and tags applied) as JSON; exit 1 with the diagnostics when invalid.");
        input.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (input.Load(parseResult, console, ValidateCommand.EmptyParameters, requireResolved: false) is not { } loaded) return BatchStackCli.UsageError;
            if (loaded.HasErrors)
            {
                DiagnosticsRenderer.Write(console.Out, loaded);
                return loaded.Document.Failed ? BatchStackCli.UsageError : BatchStackCli.Invalid;
            }
            var report = new ExpandReport([.. loaded.Stacks.Select(s => Stack(s.LogicalId, s.Result.Validated!.Desired))]);
            console.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.ExpandReport));
            return BatchStackCli.Valid;
        });
        return command;
    }

    private static ExpandedStack Stack(string? logicalId, DesiredState desired) => new(
        logicalId,
        desired.StackName,
        [.. desired.ComputeEnvironments.Select(ce => new ExpandedComputeEnvironment(ce.Id, ce.Name, ce.Kind,
            Json(ce.Create, BatchApiJsonContext.Default.CreateComputeEnvironmentRequest),
            ce.UpdatePolicy is null ? null : Json(ce.UpdatePolicy, BatchApiJsonContext.Default.UpdatePolicy),
            ce.UpdateToLatestImageVersion))],
        [.. desired.SchedulingPolicies.Select(sp => new ExpandedResource(sp.Id, sp.Name, Json(sp.Create, BatchApiJsonContext.Default.CreateSchedulingPolicyRequest)))],
        [.. desired.JobQueues.Select(q => new ExpandedJobQueue(q.Id, q.Name, Json(q.Create, BatchApiJsonContext.Default.CreateJobQueueRequest),
            q.StuckJobs is { } s ? new ExpandedStuckJobs(s.AfterSeconds, s.Action.ToString(), s.ResubmitToQueueId) : null))],
        [.. desired.JobDefinitions.Select(jd => new ExpandedJobDefinition(jd.Id, jd.Name, jd.Kind, Json(jd.Register, BatchApiJsonContext.Default.RegisterJobDefinitionRequest)))],
        desired.Options.KeepJobDefinitionRevisions);

    private static JsonElement Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.SerializeToElement(value, type);
}
