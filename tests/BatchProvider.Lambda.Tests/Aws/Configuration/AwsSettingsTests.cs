using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Lambda.Tests.Aws.Configuration;

public sealed class AwsSettingsTests
{
    public static TheoryData<string, string?, string, string, string, string> Endpoints => new()
    {
        // environment (k=v;k=v), --endpoint, region, batch, sqs, events
        { "AWS_REGION=eu-west-1", null, "eu-west-1", "https://batch.eu-west-1.amazonaws.com/", "https://sqs.eu-west-1.amazonaws.com/", "https://events.eu-west-1.amazonaws.com/" },
        { "AWS_DEFAULT_REGION=cn-north-1", null, "cn-north-1", "https://batch.cn-north-1.amazonaws.com.cn/", "https://sqs.cn-north-1.amazonaws.com.cn/", "https://events.cn-north-1.amazonaws.com.cn/" },
        { "AWS_REGION=us-east-1;AWS_ENDPOINT_URL=http://localhost:5000", null, "us-east-1", "http://localhost:5000/", "http://localhost:5000/", "http://localhost:5000/" },
        { "AWS_REGION=us-east-1;AWS_ENDPOINT_URL=http://all:1;AWS_ENDPOINT_URL_SQS=http://sqs:2;AWS_ENDPOINT_URL_EVENTBRIDGE=http://eb:3", null, "us-east-1", "http://all:1/", "http://sqs:2/", "http://eb:3/" },
        { "AWS_REGION=us-east-1;AWS_ENDPOINT_URL_BATCH=http://b:9", "http://cli:7", "us-east-1", "http://cli:7/", "http://cli:7/", "http://cli:7/" },
        { "AWS_REGION=us-east-1;AWS_ENDPOINT_URL=http://all:1;AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true", null, "us-east-1", "https://batch.us-east-1.amazonaws.com/", "https://sqs.us-east-1.amazonaws.com/", "https://events.us-east-1.amazonaws.com/" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void Read_ResolvesRegionAndEndpointsInPrecedenceOrder(string environment, string? cli, string region, string batch, string sqs, string events)
    {
        var settings = AwsSettings.Read(Env(environment), cli);

        Assert.Equal((region, batch, sqs, events), (settings.Region, settings.Batch.BaseUri.ToString(), settings.Sqs.BaseUri.ToString(), settings.EventBridge.BaseUri.ToString()));
        Assert.Equal(("batch", "sqs", "events"), (settings.Batch.SigningName, settings.Sqs.SigningName, settings.EventBridge.SigningName));
        Assert.Equal(3, settings.MaxAttempts);
    }

    [Fact]
    public void Read_WithoutRegion_UsesTheFallback()
    {
        var settings = AwsSettings.Read(Env("AWS_MAX_ATTEMPTS=5"), regionFallback: () => "ap-south-1");

        Assert.Equal(("ap-south-1", 5), (settings.Region, settings.MaxAttempts));
    }

    [Fact]
    public void Read_WithSeveralProblems_ListsThemAll()
    {
        var error = Assert.Throws<AwsConfigurationException>(() => AwsSettings.Read(Env("AWS_ENDPOINT_URL_SQS=localhost:5000;AWS_MAX_ATTEMPTS=zero")));

        Assert.Equal(
            string.Join(Environment.NewLine,
                "No AWS region: set AWS_REGION (or AWS_DEFAULT_REGION, or region in the AWS profile).",
                "AWS_ENDPOINT_URL_SQS: 'localhost:5000' is not an absolute http or https URL; use e.g. http://127.0.0.1:5000.",
                "AWS_MAX_ATTEMPTS: 'zero' is not a whole number of at least 1; use e.g. 3."),
            error.Message);
    }

    internal static DictionaryEnvironmentVariables Env(string pairs) =>
        new(pairs.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]));
}
