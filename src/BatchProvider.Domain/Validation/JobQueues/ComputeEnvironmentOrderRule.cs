using System.Text.RegularExpressions;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;
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
                $"ComputeEnvironments has {count} entries; a job queue takes 1 to {MaxComputeEnvironments}.");
        else if (count == 0 && context.NodeAt(path) is Input.ListNode)
            diagnostics.Error(path, DiagnosticCodes.JqComputeEnvironmentCount, "ComputeEnvironments is empty; a job queue takes 1 to 3 compute environments.");

        var ids = context.WrittenIds("ComputeEnvironments");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, QueueComputeEnvironmentSpec>();
        foreach (var (entry, order) in spec.ComputeEnvironments.Zip(desired.ComputeEnvironments))
        {
            var computed = Input.OpaqueValue.Is(entry.Reference);
            if (entry.IsArn && !computed && !ComputeEnvironmentArn().IsMatch(entry.Reference))
                diagnostics.Error(entry.ReferencePath, DiagnosticCodes.JqComputeEnvironmentArn,
                    $"ComputeEnvironment \"{entry.Reference}\" is not a compute environment ARN; use arn:aws:batch:REGION:ACCOUNT:compute-environment/NAME, or the Id of one of this stack's compute environments.");
            else if (!entry.IsArn && !ids.Contains(entry.Reference))
                diagnostics.Error(entry.ReferencePath, DiagnosticCodes.JqUnknownComputeEnvironment,
                    $"ComputeEnvironment \"{entry.Reference}\" is not a compute environment of this stack; use one of {List(ids)}.{Suggestions.DidYouMean(entry.Reference, ids)}");
            if (!seen.Add(entry.Reference) && !computed)
                diagnostics.Error(entry.ReferencePath, DiagnosticCodes.JqDuplicateComputeEnvironment, $"ComputeEnvironment {entry.Reference} appears twice in this queue; list each compute environment once.");
            if (order.Order < 0)
                diagnostics.Error(entry.Path.Property("Order"), DiagnosticCodes.JqOrder, $"Order is {order.Order}; use 0 or more (lower is tried first).");
            else if (!orders.TryAdd(order.Order, entry))
                diagnostics.Error(entry.Order is null ? entry.Path : entry.Path.Property("Order"), DiagnosticCodes.JqDuplicateOrder,
                    $"Order {order.Order} is also the order of {orders[order.Order].Reference}; give each compute environment of a queue a different Order.");
        }
    }

    private static string List(IReadOnlyCollection<string> ids) => ids.Count == 0 ? "(none defined)" : string.Join(", ", ids);

    [GeneratedRegex(@"^arn:aws[a-z-]*:batch:[a-z0-9-]+:\d{12}:compute-environment/[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex ComputeEnvironmentArn();
}
