using Amazon.Runtime;

namespace BatchProvider.Lambda.Aws.Sdk;

/// <summary>The SDK's service errors in our shape, so callers branch on <see cref="AwsServiceException"/> alone.</summary>
public static class SdkErrors
{
    /// <summary><paramref name="error"/> as an <see cref="AwsServiceException"/> of <paramref name="service"/>.</summary>
    /// <param name="fallbackCode">The code when the SDK has none (it raises some client-side checks as service errors
    /// without one, e.g. SQS's MD5 mismatch).</param>
    public static AwsServiceException From(string service, AmazonServiceException error, string fallbackCode) =>
        new(service, string.IsNullOrEmpty(error.ErrorCode) ? fallbackCode : error.ErrorCode, error.Message, (int)error.StatusCode, error.RequestId);
}
