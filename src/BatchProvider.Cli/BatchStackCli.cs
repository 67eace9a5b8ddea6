using System.CommandLine;
using BatchProvider.Cli.Commands;
using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Cli;

/// <summary>
/// The <c>batchstack</c> command line. Exit codes: 0 valid (warnings allowed), 1 invalid or an unexpected failure (one
/// line, never a stack trace), 2 usage error or unreadable input. Each command lives in its own file under Commands/
/// and is registered here with one line.
/// </summary>
public static class BatchStackCli
{
    /// <summary>Exit code for a valid spec (warnings allowed).</summary>
    public const int Valid = 0;

    /// <summary>Exit code for a spec with errors, a failed command, or an unexpected failure.</summary>
    public const int Invalid = 1;

    /// <summary>Exit code for a usage error or an unreadable file.</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command writing to <paramref name="console"/>.</summary>
    public static RootCommand Build(CliConsole console, IEnvironmentVariables environment)
    {
        var root = new RootCommand("Validate, expand and deploy AWS Batch stacks declared as one Custom::BatchStack resource.");
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(ExpandCommand.Create(console));
        var settings = Sandbox.CliSettings.Read(environment);
        root.Subcommands.Add(PlanCommand.Create(console, settings, TimeProvider.System));
        root.Subcommands.Add(DeployCommand.Create(console, settings, TimeProvider.System));
        root.Subcommands.Add(DestroyCommand.Create(console, settings, TimeProvider.System));
        root.Subcommands.Add(RemediateCommand.Create(console, settings, TimeProvider.System));
        root.Subcommands.Add(Sandbox.SandboxCommand.Create(console, settings, TimeProvider.System));
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; usage errors exit with <see cref="UsageError"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, ProcessEnvironmentVariables.Instance);

    /// <summary>
    /// As <see cref="RunAsync(string[], TextWriter, TextWriter)"/>, reading settings and credentials from <paramref name="environment"/>.
    /// Whatever a command throws ends here as one line and exit code <see cref="Invalid"/> (<see cref="UnexpectedFailure"/>).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IEnvironmentVariables environment)
    {
        var console = new CliConsole(output, error);
        string? command = null;
        try
        {
            var parseResult = Build(console, environment).Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var line in UsageErrors.Describe(parseResult)) await error.WriteLineAsync(line);
                await error.WriteLineAsync("Run 'batchstack --help' for usage.");
                return UsageError;
            }

            command = CommandNames.Of(parseResult.CommandResult) is { Length: > 0 } names ? names : null;
            // System.CommandLine's own handler would print the exception with its stack trace.
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return await UnexpectedFailure.ReportAsync(console, command, e, TimeProvider.System);
        }
    }
}
