namespace BatchProvider.Lambda.Aws.Identity;

/// <summary>Who the credentials belong to: the account that plans' ARNs are built in (STS GetCallerIdentity).</summary>
public interface ICallerIdentity
{
    /// <summary>The 12-digit account id of the caller.</summary>
    /// <exception cref="AwsServiceException">STS refused the call (e.g. invalid credentials).</exception>
    Task<string> AccountIdAsync(CancellationToken cancellationToken);
}
