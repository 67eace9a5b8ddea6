using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BatchProvider.Lambda.Aws.Credentials;

namespace BatchProvider.Testing.CloudFormation;

/// <summary>
/// The S3 bucket CloudFormation's ResponseURLs point into, on a local S3 (moto), versioned so that
/// <see cref="CloudFormationSimulator"/> counts every answer PUT to a key, not just the last.
/// </summary>
public static class ResponseBucket
{
    /// <summary>The bucket name, in the form CloudFormation's response buckets take.</summary>
    public const string Name = "cloudformation-custom-resource-response-useast1";

    /// <summary>Creates the versioned bucket on <paramref name="endpoint"/> and returns a client for it.</summary>
    public static async Task<AmazonS3Client> CreateAsync(Uri endpoint, string region, AwsCredentials credentials)
    {
        var s3 = new AmazonS3Client(new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey),
            new AmazonS3Config { ServiceURL = endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = region });
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = Name });
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = Name, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        return s3;
    }
}
