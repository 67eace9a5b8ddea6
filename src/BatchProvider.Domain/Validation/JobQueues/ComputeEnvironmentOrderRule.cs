using System.Text.RegularExpressions;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>
/// A queue's ComputeEnvironments: 1 to 3 entries, each an Id of this stack (with a did-you-mean) or a compute
/// environment ARN, none twice, with distinct non-negative orders (Batch has no equal-weight ordering).
/// </summary>
public sealed partial class ComputeEnvironmentOrderRule : JobQueueRule
{
    /// <summary>Batch's limit of compute environments per queue.</summary>
    public const int MaxComputeEnvironments = 3;

    /// <inheritdoc />
    protected override void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics)
    {
        var path = spec.Path.Property("ComputeEnvironments");
        var count = spec.ComputeEnvironments.Length;
        if (count > MaxComputeEnvironments)
            diagnostics.Error(path.Index(MaxComputeEnvironments), DiagnosticCodes.JqComputeEnvironmentCount,
                JobQueueMessages.TooManyComputeEnvironments(count, MaxComputeEnvironments));
        else if (count == 0 && context.NodeAt(path) is Input.ListNode)
            diagnostics.Error(path, DiagnosticCodes.JqComputeEnvironmentCount, JobQueueMessages.ComputeEnvironmentsEmpty);

        var written = context.Index.WrittenIds("ComputeEnvironments");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, QueueComputeEnvironmentSpec>();
        foreach (var (entry, order) in spec.ComputeEnvironments.Zip(desired.ComputeEnvironments))
        {
            var computed = Input.OpaqueValue.Is(entry.Reference);
            if (entry.IsArn && !computed && !ComputeEnvironmentArn().IsMatch(entry.Reference))
                diagnostics.Error(entry.ReferencePath, DiagnosticCodes.JqComputeEnvironmentArn,
                    JobQueueMessages.NotComputeEnvironmentArn(entry.Reference));
            else if (!entry.IsArn && !written.Set.Contains(entry.Reference))
                diagnostics.Error(entry.ReferencePath, DiagnosticCodes.JqUnknownComputeEnvironment,
                    JobQueueMessages.UnknownComputeEnvironment(entry.Reference, written.Ids));
            if (!seen.Add(entry.Reference) && !computed)
                diagnostics.Error(entry.ReferencePath, DiagnosticCodes.JqDuplicateComputeEnvironment, JobQueueMessages.DuplicateComputeEnvironment(entry.Reference));
            if (order.Order < 0)
                diagnostics.Error(entry.Path.Property("Order"), DiagnosticCodes.JqOrder, JobQueueMessages.NegativeOrder(order.Order));
            else if (!orders.TryAdd(order.Order, entry))
                diagnostics.Error(entry.Order is null ? entry.Path : entry.Path.Property("Order"), DiagnosticCodes.JqDuplicateOrder,
                    JobQueueMessages.DuplicateOrder(order.Order, orders[order.Order].Reference));
        }
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:batch:[a-z0-9-]+:\d{12}:compute-environment/[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex ComputeEnvironmentArn();
}
