using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Lambda.Handler;

/// <summary>
/// The function's settings, read once at start-up from the standard places: the AWS settings (region, endpoints,
/// attempts), <c>CONTINUATION_QUEUE_URL</c>, <c>RESPONSE_URL_ALLOWED_HOSTS</c> and <c>BATCHSTACK_NAME_PREFIX</c>.
/// </summary>
/// <param name="Aws">Region, endpoints and attempts.</param>
/// <param name="ContinuationQueueUrl">Where unfinished requests wait; null when unset (then a request that needs a second invocation is answered FAILED).</param>
/// <param name="ResponseUrls">Which ResponseURLs may be answered to.</param>
/// <param name="NamePrefix">What every stack Name must start with (the template's NamePrefix, which scopes the IAM policy); null when any Name goes.</param>
public sealed record LambdaSettings(AwsSettings Aws, Uri? ContinuationQueueUrl, ResponseUrlPolicy ResponseUrls, string? NamePrefix = null)
{
    /// <summary>The continuation queue's variable.</summary>
    public const string ContinuationQueueVariable = "CONTINUATION_QUEUE_URL";

    /// <summary>The name prefix's variable, set by template.yaml from its NamePrefix parameter.</summary>
    public const string NamePrefixVariable = "BATCHSTACK_NAME_PREFIX";

    /// <summary>Reads the settings; every problem is listed in one <see cref="AwsConfigurationException"/>.</summary>
    public static LambdaSettings Read(IEnvironmentVariables environment)
    {
        var problems = new List<string>();
        AwsSettings? aws = null;
        try
        {
            aws = AwsSettings.Read(environment);
        }
        catch (AwsConfigurationException e)
        {
            problems.Add(e.Message);
        }

        Uri? queue = null;
        if (environment.Get(ContinuationQueueVariable) is { Length: > 0 } text
            && (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out queue) || queue.Scheme is not ("http" or "https")))
        {
            problems.Add($"{ContinuationQueueVariable}: '{text}' is not an absolute http(s) URL; use the queue URL, e.g. https://sqs.eu-west-1.amazonaws.com/123456789012/batchprovider-continuations.");
        }

        if (problems.Count > 0) throw new AwsConfigurationException(string.Join(Environment.NewLine, problems));
        var prefix = environment.Get(NamePrefixVariable) is { Length: > 0 } p ? p.Trim() : null;
        return new LambdaSettings(aws!, queue, ResponseUrlPolicy.Parse(environment.Get(ResponseUrlPolicy.Variable)), prefix);
    }
}
