using System.CommandLine;
using BatchProvider.Cli.Input;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// What <c>plan</c>, <c>deploy</c>, <c>destroy</c> and <c>remediate</c> hold while they run: the open target (disposing the session
/// stops an embedded sandbox), the loaded spec and the properties it came from, and a reconciler on that target.
/// </summary>
internal sealed record ReconcileSession(BatchTarget Target, ValidatedSpec Spec, BatchStackResource Resource, Reconciler Reconciler) : IAsyncDisposable
{
    /// <summary>
    /// Loads FILE, then opens the target. The file is checked before the target is touched: fully (every value
    /// resolved) when the parameters are known beforehand, and otherwise (the embedded sandbox supplies them) by the
    /// rules first and for unresolved values once the sandbox runs. On failure the reason has been printed, the
    /// target is closed again, and the exit code says why (usage error or invalid spec).
    /// </summary>
    public static async Task<(ReconcileSession? Session, int Exit)> OpenAsync(PlanInput input, ParseResult parseResult, CliSettings settings,
        TimeProvider time, ILogSink log, CliConsole console, bool showWarnings, CancellationToken cancellationToken)
    {
        var options = input.Target(parseResult);
        var sandbox = options.IsEmbeddedSandbox(settings);
        var (early, earlyExit) = Load(input, parseResult, console, BatchTarget.KnownParameters(settings), requireResolved: !sandbox, showWarnings: showWarnings && !sandbox);
        if (early is null) return (null, earlyExit);

        BatchTarget target;
        try
        {
            target = await BatchTarget.OpenAsync(options, settings, time, log, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException or InvalidOperationException or Lambda.Aws.AwsConfigurationException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            return (null, BatchStackCli.UsageError);
        }

        var (spec, resource) = early.Value;
        if (sandbox)
        {
            var (late, lateExit) = Load(input, parseResult, console, target.Parameters, requireResolved: true, showWarnings);
            if (late is null)
            {
                await target.DisposeAsync();
                return (null, lateExit);
            }
            (spec, resource) = late.Value;
        }
        return (new ReconcileSession(target, spec, resource, new Reconciler(target.Batch, time, target.ArnPrefix, CliAnsi.ApplyOptions(target.Kind))), BatchStackCli.Valid);
    }

    /// <summary>
    /// The frame of every command that acts on Batch (deploy, destroy, remediate): open the session, say where it goes,
    /// run <paramref name="body"/> with the console and the JSON log, and close the session (stopping an embedded
    /// sandbox) however the body ends.
    /// </summary>
    public static Task<int> RunAsync(PlanInput input, ParseResult parseResult, CliSettings settings, TimeProvider time, CliConsole console,
        Func<ReconcileSession, IAnsiConsole, ILogSink, Task<int>> body, CancellationToken cancellationToken) =>
        CliAnsi.Guard(console, async () =>
        {
            var ansi = CliAnsi.For(console);
            var log = CliAnsi.Log(console, time);
            var (session, exitCode) = await OpenAsync(input, parseResult, settings, time, log, console, showWarnings: true, cancellationToken);
            if (session is null) return exitCode;
            await using var _ = session;
            ansi.MarkupLine($"[grey]Target: {Markup.Escape(session.Target.Description)}[/]");
            return await body(session, ansi, log);
        });

    /// <summary><c>--timeout</c>: minutes before an apply stops at a safe point.</summary>
    public static Option<int> TimeoutOption() =>
        new("--timeout") { Description = "Minutes before the apply stops at a safe point.", DefaultValueFactory = _ => 60 };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Target.DisposeAsync();

    private static ((ValidatedSpec Spec, BatchStackResource Resource)? Loaded, int Exit) Load(PlanInput input, ParseResult parseResult, CliConsole console,
        IReadOnlyDictionary<string, string> offered, bool requireResolved, bool showWarnings)
    {
        if (input.Spec.Load(parseResult, console, offered, requireResolved) is not { } loaded) return (null, BatchStackCli.UsageError);
        if (loaded.HasErrors || (showWarnings && loaded.Stacks.Any(s => !s.Diagnostics.IsEmpty))) DiagnosticsRenderer.Write(console.Out, loaded);
        if (loaded.Document.Failed) return (null, BatchStackCli.UsageError);
        if (loaded.Stacks.Length != 1)
        {
            console.Error.WriteLine($"error: {parseResult.GetValue(input.Spec.File)} has {loaded.Stacks.Length} BatchStack resources; plan, deploy, destroy and remediate take a file with exactly one.");
            return (null, BatchStackCli.UsageError);
        }
        var stack = loaded.Stacks[0];
        return stack.HasErrors || stack.Result.Validated is not { } spec
            ? (null, BatchStackCli.Invalid)
            : ((spec, loaded.Document.Stacks[0]), BatchStackCli.Valid);
    }
}
