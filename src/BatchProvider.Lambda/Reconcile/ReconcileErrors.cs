using BatchProvider.Lambda.Aws;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>Which AWS errors the reconciler treats as "try again later" when it polls (never when it changes something).</summary>
internal static class ReconcileErrors
{
    /// <summary>Throttling or a server-side failure: the service did not answer the question, so ask again.</summary>
    public static bool IsTransient(AwsServiceException e) =>
        e.IsThrottling || e.IsServerError;
}
