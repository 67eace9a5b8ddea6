namespace BatchProvider.Lambda.Aws.Configuration;

/// <summary>
/// The AWS settings, read once at start-up: the region, one endpoint per service, and the retry attempt limit. The one
/// settings source of the Lambda and the CLI.
/// </summary>
/// <param name="Region">The region, e.g. <c>eu-west-1</c>.</param>
/// <param name="Batch">The Batch endpoint.</param>
/// <param name="Sqs">The SQS endpoint.</param>
/// <param name="EventBridge">The EventBridge endpoint.</param>
/// <param name="MaxAttempts">Attempts per call including the first; default 3 (the SDKs' standard retry mode).</param>
/// <param name="Sts">The STS endpoint (the caller's account).</param>
public sealed record AwsSettings(string Region, ServiceEndpoint Batch, ServiceEndpoint Sqs, ServiceEndpoint EventBridge, int MaxAttempts, ServiceEndpoint Sts)
{
    /// <summary>The default number of attempts (the AWS SDKs' standard mode).</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>
    /// Reads the settings. Region: <paramref name="regionOverride"/> (the CLI's <c>--region</c>), <c>AWS_REGION</c>,
    /// <c>AWS_DEFAULT_REGION</c>, else <paramref name="regionFallback"/> (the SDK's profile/IMDS lookup in production);
    /// none is an error, never a silent default. Endpoint per service, first that is set:
    /// <paramref name="endpointOverride"/> (the CLI's <c>--endpoint</c>), <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
    /// <c>AWS_ENDPOINT_URL</c>, the public regional endpoint; <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c> disables
    /// the two variables, as in the SDKs. Attempts: <c>AWS_MAX_ATTEMPTS</c>, default 3.
    /// </summary>
    /// <exception cref="AwsConfigurationException">No region, or an endpoint/attempt value that does not parse; every problem is listed.</exception>
    public static AwsSettings Read(IEnvironmentVariables environment, string? endpointOverride = null, Func<string?>? regionFallback = null, string? regionOverride = null)
    {
        var problems = new List<string>();
        var region = NonEmpty(regionOverride) ?? NonEmpty(environment.Get("AWS_REGION")) ?? NonEmpty(environment.Get("AWS_DEFAULT_REGION")) ?? regionFallback?.Invoke();
        if (region is null)
        {
            problems.Add("No AWS region: set AWS_REGION (or AWS_DEFAULT_REGION, or region in the AWS profile).");
            region = "us-east-1";
        }

        ServiceEndpoint Endpoint(AwsService service)
        {
            var (source, text) = ConfiguredEndpoint(environment, service, endpointOverride);
            if (text is null)
            {
                return new ServiceEndpoint(service.RegionalEndpoint(region), region, service.SigningName);
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add($"{source}: '{text}' is not an absolute http or https URL; use e.g. http://127.0.0.1:5000.");
                return new ServiceEndpoint(service.RegionalEndpoint(region), region, service.SigningName);
            }

            return new ServiceEndpoint(uri, region, service.SigningName);
        }

        var batch = Endpoint(AwsService.Batch);
        var sqs = Endpoint(AwsService.Sqs);
        var events = Endpoint(AwsService.EventBridge);
        var sts = Endpoint(AwsService.Sts);

        var maxAttempts = DefaultMaxAttempts;
        if (NonEmpty(environment.Get("AWS_MAX_ATTEMPTS")) is { } attemptsText
            && (!int.TryParse(attemptsText, System.Globalization.CultureInfo.InvariantCulture, out maxAttempts) || maxAttempts < 1))
        {
            problems.Add($"AWS_MAX_ATTEMPTS: '{attemptsText}' is not a whole number of at least 1; use e.g. 3.");
        }

        if (problems.Count > 0)
        {
            throw new AwsConfigurationException(string.Join(Environment.NewLine, problems));
        }

        return new AwsSettings(region, batch, sqs, events, maxAttempts, sts);
    }

    /// <summary>
    /// Where an endpoint for <paramref name="service"/> is configured, first that is set: <paramref name="endpointOverride"/>,
    /// <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, <c>AWS_ENDPOINT_URL</c> (the two ignored when
    /// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>); the source's name and the unparsed text, or two nulls.
    /// </summary>
    public static (string? Source, string? Text) ConfiguredEndpoint(IEnvironmentVariables environment, AwsService service, string? endpointOverride)
    {
        var ignoreVariables = string.Equals(environment.Get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase);
        return NonEmpty(endpointOverride) is { } cli ? ("--endpoint", cli)
            : ignoreVariables ? (null, null)
            : NonEmpty(environment.Get($"AWS_ENDPOINT_URL_{service.EnvironmentSuffix}")) is { } own ? ($"AWS_ENDPOINT_URL_{service.EnvironmentSuffix}", own)
            : NonEmpty(environment.Get("AWS_ENDPOINT_URL")) is { } all ? ("AWS_ENDPOINT_URL", all)
            : (null, null);
    }

    /// <summary>The region from the SDK's fallback chain (profile, then EC2 IMDS), or null.</summary>
    public static string? SdkRegion()
    {
        try
        {
            return Amazon.Runtime.FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
        }
        catch (Amazon.Runtime.AmazonClientException)
        {
            return null;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
