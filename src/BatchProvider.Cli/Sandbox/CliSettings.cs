using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Cli.Sandbox;

/// <summary>The environment the CLI depends on, read once at start-up (AWS settings: <see cref="AwsSettings"/>, from <see cref="Environment"/>).</summary>
/// <param name="Endpoint">BATCHSTACK_ENDPOINT: the endpoint set by <c>batchstack sandbox run</c> (or by hand).</param>
/// <param name="SandboxParameters">BATCHSTACK_SANDBOX_PARAMETERS: the sandbox's template parameter values, one NAME=VALUE per line.</param>
/// <param name="Path">The PATH directories (to find <c>moto_server</c>).</param>
/// <param name="Environment">The whole environment, for the AWS settings and credential chain.</param>
internal sealed record CliSettings(string? Endpoint, string? SandboxParameters, IReadOnlyList<string> Path, IEnvironmentVariables Environment)
{
    /// <summary>The variable <c>sandbox run</c> sets for the endpoint.</summary>
    public const string EndpointVariable = "BATCHSTACK_ENDPOINT";

    /// <summary>The variable <c>sandbox run</c> sets for the parameters.</summary>
    public const string ParametersVariable = "BATCHSTACK_SANDBOX_PARAMETERS";

    /// <summary>Reads the settings from <paramref name="environment"/>.</summary>
    public static CliSettings Read(IEnvironmentVariables environment) => new(
        NullIfEmpty(environment.Get(EndpointVariable)),
        NullIfEmpty(environment.Get(ParametersVariable)),
        (environment.Get("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries),
        environment);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
