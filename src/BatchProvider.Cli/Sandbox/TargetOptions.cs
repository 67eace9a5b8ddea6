namespace BatchProvider.Cli.Sandbox;

/// <summary>Where a command's <c>--endpoint</c>, <c>--region</c> and <c>--account</c> point.</summary>
internal sealed record TargetOptions(string? Endpoint, string? Region, string? Account);
