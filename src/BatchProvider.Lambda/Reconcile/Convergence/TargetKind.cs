namespace BatchProvider.Lambda.Reconcile.Convergence;

/// <summary>What answers the Batch calls; decides whether a known emulator gap may be tolerated.</summary>
public enum TargetKind
{
    /// <summary>Real AWS Batch (any non-loopback endpoint): every remaining difference is a failure.</summary>
    Aws,

    /// <summary>The embedded moto sandbox, or a moto server the user runs on a loopback address.</summary>
    LocalEmulator,
}
