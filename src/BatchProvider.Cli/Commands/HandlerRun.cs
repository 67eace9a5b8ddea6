using BatchProvider.Cli.Protocol;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Logging;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// How <c>deploy</c> and <c>destroy</c> act: they send their request through the Lambda's handler
/// (<see cref="LocalCustomResource"/>), drawing every step as it happens and continuing in this process until the
/// answer or <c>--timeout</c>; then they print the answer as CloudFormation would read it.
/// </summary>
internal static class HandlerRun
{
    /// <summary>Sends <paramref name="request"/> to the session's target; null when the timeout left it in progress.</summary>
    public static async Task<CustomResourceResponse?> SendAsync(ReconcileSession session, CustomResourceRequest request, IAnsiConsole ansi, ILogSink log,
        TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var progress = new DeployProgress(ansi, log);
        var options = new ProviderOptions { Apply = CliAnsi.ApplyOptions(session.Target.Kind) };
        var handler = new LocalCustomResource(session.Target.Batch, session.Target.Kind, options, time, log, progress);
        ansi.MarkupLine($"[grey]{Markup.Escape(request.RequestType)} {Markup.Escape(request.LogicalResourceId)} through the provider's handler[/]");
        var answer = await handler.RunAsync(request, time.GetUtcNow() + timeout, invocation =>
        {
            if (progress.Summary() is { } pass) ansi.MarkupLine(Markup.Escape(pass));
            ansi.MarkupLine($"[grey]continuing (invocation {invocation}) after {options.ContinuationDelay.TotalSeconds:0.#} s[/]");
            progress.BeginPass();
        }, cancellationToken);
        if (progress.Summary() is { } last) ansi.MarkupLine(Markup.Escape(last));
        return answer;
    }

    /// <summary>Prints the answer (or that it is still in progress) and returns the exit code.</summary>
    public static int Report(IAnsiConsole ansi, CustomResourceResponse? answer)
    {
        switch (answer)
        {
            case null:
                ansi.MarkupLine("[yellow]In progress:[/] --timeout stopped it at a safe point; what exists stays in Batch, and running the command again continues.");
                return DeployCommand.InProgress;
            case { Status: CustomResourceResponse.Succeeded }:
                ansi.MarkupLine($"[green]SUCCESS[/] {Markup.Escape(answer.PhysicalResourceId)}");
                var data = answer.Data ?? new Dictionary<string, string>();
                var width = data.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
                foreach (var (key, arn) in data) ansi.MarkupLine($"  {Markup.Escape(key.PadRight(width))}  [grey]{Markup.Escape(arn)}[/]");
                return BatchStackCli.Valid;
            default:
                ansi.MarkupLine($"[red]FAILED[/] {Markup.Escape(answer.PhysicalResourceId)}: {Markup.Escape(answer.Reason ?? "")}");
                return BatchStackCli.Invalid;
        }
    }
}
