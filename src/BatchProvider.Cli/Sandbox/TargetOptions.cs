namespace BatchProvider.Cli.Sandbox;

/// <summary>Where a command's <c>--endpoint</c>, <c>--region</c> and <c>--aws</c> point.</summary>
/// <param name="Endpoint">One endpoint for every service (a moto server, a proxy); null for none given.</param>
/// <param name="Region">The region over the chain's.</param>
/// <param name="Aws">The real account from the chain (region, credentials, <c>AWS_ENDPOINT_URL*</c>).</param>
internal sealed record TargetOptions(string? Endpoint, string? Region, bool Aws)
{
    /// <summary>The endpoint named by the option or, unless <c>--aws</c>, by <c>BATCHSTACK_ENDPOINT</c>.</summary>
    public string? EndpointWith(CliSettings settings) => Endpoint ?? (Aws ? null : settings.Endpoint);

    /// <summary>True when nothing names a target, so the command starts its own embedded sandbox.</summary>
    public bool IsEmbeddedSandbox(CliSettings settings) => !Aws && EndpointWith(settings) is null;
}
