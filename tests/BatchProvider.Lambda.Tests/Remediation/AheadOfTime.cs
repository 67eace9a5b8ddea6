namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>
/// The real clock moved ahead by a fixed amount: moto stamps createdAt with the real time, and a job becomes "stuck"
/// for the remediation only after StuckJobs.After, which no test waits for.
/// </summary>
public sealed class AheadOfTime(TimeSpan ahead) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
}
