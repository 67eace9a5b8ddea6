using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// What <c>plan</c>, <c>deploy</c> and <c>destroy</c> hold while they run: the open target (disposing the session
/// stops an embedded sandbox), the loaded spec, and a reconciler on that target.
/// </summary>
internal sealed record ReconcileSession(BatchTarget Target, ValidatedSpec Spec, Reconciler Reconciler) : IAsyncDisposable
{
    /// <summary>
    /// Opens the target <paramref name="input"/> names and loads FILE against it. On failure the reason has been
    /// printed, the target is closed again, and the exit code says why (usage error or invalid spec).
    /// </summary>
    public static async Task<(ReconcileSession? Session, int Exit)> OpenAsync(PlanInput input, ParseResult parseResult, CliSettings settings,
        TimeProvider time, ILogSink log, CliConsole console, CancellationToken cancellationToken)
    {
        var target = await input.OpenTargetAsync(parseResult, settings, time, log, console, cancellationToken);
        if (target is null) return (null, BatchStackCli.UsageError);
        if (input.Load(parseResult, target.Parameters, console) is not { } spec)
        {
            await target.DisposeAsync();
            return (null, BatchStackCli.Invalid);
        }
        return (new ReconcileSession(target, spec, new Reconciler(target.Batch, time, target.ArnPrefix, CliAnsi.ApplyOptions(target))), BatchStackCli.Valid);
    }

    /// <summary><c>--timeout</c>: minutes before an apply stops at a safe point.</summary>
    public static Option<int> TimeoutOption() =>
        new("--timeout") { Description = "Minutes before the apply stops at a safe point.", DefaultValueFactory = _ => 60 };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Target.DisposeAsync();
}
