using System.CommandLine;
using BatchProvider.Cli.Input;
using BatchProvider.Cli.Sandbox;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// What <c>plan</c>, <c>deploy</c> and <c>destroy</c> share: FILE and <c>--parameters</c> (<see cref="SpecInput"/>),
/// plus the target options <c>--endpoint</c>, <c>--region</c> and <c>--aws</c> (<see cref="BatchTarget"/>).
/// </summary>
internal sealed class PlanInput
{
    private readonly Option<string> _endpoint = new("--endpoint")
    {
        Description = $"One endpoint URL for every AWS service (a moto server, a proxy). Default: ${CliSettings.EndpointVariable}, else an embedded moto sandbox started for this command.",
    };

    private readonly Option<string> _region = new("--region") { Description = "AWS region. Default: $AWS_REGION, $AWS_DEFAULT_REGION, the profile's region." };

    private readonly Option<bool> _aws = new("--aws")
    {
        Description = "The real AWS account from the standard chain: region, credentials, $AWS_ENDPOINT_URL_BATCH / $AWS_ENDPOINT_URL; the account from STS.",
    };

    /// <summary>FILE and <c>--parameters</c>.</summary>
    public SpecInput Spec { get; } = new();

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Spec.AddTo(command);
        command.Options.Add(_endpoint);
        command.Options.Add(_region);
        command.Options.Add(_aws);
    }

    /// <summary>The target the options name.</summary>
    public TargetOptions Target(ParseResult parseResult) =>
        new(parseResult.GetValue(_endpoint), parseResult.GetValue(_region), parseResult.GetValue(_aws));
}
