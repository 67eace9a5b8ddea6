namespace BatchProvider.Lambda.Remediation;

/// <summary>What one sweep covers and how far it goes. The scheduled sweep uses <see cref="Default"/>: every stack, acting.</summary>
public sealed record SweepOptions
{
    /// <summary>Every queue of every BatchStack, actions carried out, Notify failing without a notification queue.</summary>
    public static SweepOptions Default { get; } = new();

    /// <summary>Decide and report every job, change nothing (every due action ends <see cref="ActionStatus.DryRun"/>). Default false.</summary>
    public bool DryRun { get; init; }

    /// <summary>Only the queues whose ownership tag names this BatchStack (its <c>Name</c>); null, the default, for every stack.</summary>
    public string? Stack { get; init; }

    /// <summary>
    /// With no notification queue configured, report a Notify decision (<see cref="ActionStatus.DryRun"/>, with
    /// <see cref="NotifyNotSent"/> as detail) instead of failing it. Default false: in the Lambda a Notify policy
    /// without a queue is a deployment mistake and must show as failures; the CLI prints the decision instead.
    /// </summary>
    public bool ReportNotifyWithoutQueue { get; init; }

    /// <summary>The outcome detail of a Notify decision reported because no notification queue is configured.</summary>
    public const string NotifyNotSent = "no notification queue: reported, not sent";
}
