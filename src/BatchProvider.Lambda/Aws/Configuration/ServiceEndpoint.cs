namespace BatchProvider.Lambda.Aws.Configuration;

/// <summary>Where and how to reach one service: the base URI, and the region and name to sign with.</summary>
/// <param name="BaseUri">The endpoint, e.g. <c>https://batch.eu-west-1.amazonaws.com</c> or a moto URL.</param>
/// <param name="Region">The signing region.</param>
/// <param name="SigningName">The signing service name.</param>
public sealed record ServiceEndpoint(Uri BaseUri, string Region, string SigningName);
