namespace BatchProvider.Lambda.Aws;

/// <summary>The local AWS configuration is unusable (no region, no credentials, a malformed endpoint URL).</summary>
public sealed class AwsConfigurationException(string message, Exception? innerException = null) : Exception(message, innerException);
