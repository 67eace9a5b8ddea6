using System.CommandLine;

namespace BatchProvider.Cli.Sandbox;

/// <summary>
/// <c>batchstack sandbox run -- COMMAND [ARGS...]</c>: one local AWS (moto) for several commands, e.g. a script that
/// deploys, deploys a changed file and destroys against the same sandbox. See <see cref="SandboxRunner"/>.
/// </summary>
internal static class SandboxCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, CliSettings settings, TimeProvider time)
    {
        var commandLine = new Argument<string[]>("command") { Description = "The command to run against the sandbox, after --.", Arity = ArgumentArity.OneOrMore };
        var run = new Command("run", $"Start a seeded moto sandbox, run COMMAND with ${CliSettings.EndpointVariable} and ${CliSettings.ParametersVariable} set, stop the sandbox; exit with COMMAND's code.");
        run.Arguments.Add(commandLine);
        run.SetAction((parseResult, cancellationToken) =>
            SandboxRunner.RunAsync(parseResult.GetValue(commandLine)!, settings, Directory.GetCurrentDirectory(), time, console.Error, cancellationToken));
        var sandbox = new Command("sandbox", "A local AWS Batch (moto) shared by several commands.");
        sandbox.Subcommands.Add(run);
        return sandbox;
    }
}
