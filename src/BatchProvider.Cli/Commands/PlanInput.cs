using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// What <c>plan</c>, <c>deploy</c> and <c>destroy</c> share: FILE and <c>--parameters</c> (<see cref="StackInput"/>),
/// plus <c>--endpoint</c>, <c>--region</c> and <c>--account</c>. Opening it starts the target (an embedded moto sandbox
/// when no endpoint is named) and loads the file with the sandbox's parameter values under the user's.
/// </summary>
internal sealed class PlanInput
{
    private readonly StackInput _stack = new();

    private readonly Option<string> _endpoint = new("--endpoint")
    {
        Description = $"Batch endpoint URL. Default: ${CliSettings.EndpointVariable}, else an embedded moto sandbox started for this command.",
    };

    private readonly Option<string> _region = new("--region") { Description = "AWS region for a non-local endpoint. Default: $AWS_REGION." };

    private readonly Option<string> _account = new("--account") { Description = "AWS account id, needed with a non-local --endpoint (ARNs in the plan)." };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        _stack.AddTo(command);
        command.Options.Add(_endpoint);
        command.Options.Add(_region);
        command.Options.Add(_account);
    }

    /// <summary>The path given as FILE.</summary>
    public string File(ParseResult parseResult) => parseResult.GetValue(_stack.File)!;

    /// <summary>Opens the target the options name; null, after telling the user why, when it cannot be opened.</summary>
    public async Task<BatchTarget?> OpenTargetAsync(ParseResult parseResult, CliSettings settings, TimeProvider time, ILogSink log, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await BatchTarget.OpenAsync(new TargetOptions(parseResult.GetValue(_endpoint), parseResult.GetValue(_region), parseResult.GetValue(_account)),
                settings, time, log, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Loads FILE's one BatchStack through the spec pipeline, with <paramref name="provided"/> parameter values (the
    /// sandbox's) under the user's <c>--parameters</c>. Null, after printing every diagnostic, when it cannot be used.
    /// </summary>
    public ValidatedSpec? Load(ParseResult parseResult, IReadOnlyDictionary<string, string> provided, CliConsole console)
    {
        var path = File(parseResult);
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: cannot read {path}: {e.Message}");
            return null;
        }
        var user = (parseResult.GetValue(_stack.Parameters) ?? [])
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
        var loaded = TemplateLoader.Load(text, SandboxParameters.Merge(provided, user));
        // The sandbox offers values for every parameter name the examples use; a template not declaring one is fine.
        var diagnostics = loaded.Diagnostics
            .Where(d => !(d.Code == DiagnosticCodes.UnknownParameter && provided.Keys.Any(k => !user.ContainsKey(k) && d.Message.StartsWith($"Parameter {k} ", StringComparison.Ordinal))))
            .ToList();
        foreach (var d in diagnostics) console.Error.WriteLine($"{path}: {d}");
        if (loaded.Failed) return null;
        if (loaded.Stacks.Length != 1)
        {
            console.Error.WriteLine($"error: {path} has {loaded.Stacks.Length} BatchStack resources; plan, deploy and destroy take a file with exactly one.");
            return null;
        }
        var result = SpecPipeline.Run(loaded.Stacks[0].Properties);
        foreach (var d in result.Diagnostics) console.Error.WriteLine($"{path}: {d}");
        if (result.Validated is null) console.Error.WriteLine(ValidateCommand.Summary(loaded.Stacks[0].LogicalId, result));
        return result.Validated;
    }
}
