using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.Stack;

/// <summary>
/// Tags as Batch accepts them: keys 1..128 characters, values up to 256, no <c>aws:</c> prefix (and no
/// <c>batchprovider:</c> prefix, which the ownership tags use), at most 50 per resource once stack, resource and
/// ownership tags are merged.
/// </summary>
public sealed class TagRules : IStackRule
{
    /// <summary>Batch's limit of tags per resource.</summary>
    public const int MaxTags = 50;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        CheckMap(PropertyPath.Root.Property("Tags"), context.Spec.Settings.Tags, diagnostics);
        foreach (var (ce, desired) in context.ComputeEnvironments)
        {
            CheckMap(ce.PathOf("Tags"), ce.Tags, diagnostics);
            CheckCount(ce.PathOf("Tags"), desired.Create.Tags, diagnostics);
            if (ce is InstanceComputeEnvironmentSpec instance)
            {
                CheckMap(ce.PathOf("InstanceTags"), instance.InstanceTags, diagnostics);
                CheckCount(ce.PathOf("InstanceTags"), instance.InstanceTags, diagnostics);
            }
        }
        foreach (var (queue, desired) in context.JobQueues)
        {
            CheckMap(queue.Path.Property("Tags"), queue.Tags, diagnostics);
            CheckCount(queue.Path.Property("Tags"), desired.Create.Tags, diagnostics);
        }
        foreach (var (policy, desired) in context.SchedulingPolicies)
        {
            CheckMap(policy.Path.Property("Tags"), policy.Tags, diagnostics);
            CheckCount(policy.Path.Property("Tags"), desired.Create.Tags, diagnostics);
        }
    }

    private static void CheckMap(PropertyPath path, IReadOnlyDictionary<string, string>? tags, DiagnosticBag diagnostics)
    {
        foreach (var (key, value) in tags ?? new Dictionary<string, string>())
        {
            var keyPath = path.Property(key);
            if (key.Length is 0 or > 128)
                diagnostics.Error(keyPath, DiagnosticCodes.TagLength, $"Tag key \"{Short(key)}\" is {key.Length} characters long; use 1 to 128 characters.");
            if (value.Length > 256)
                diagnostics.Error(keyPath, DiagnosticCodes.TagLength, $"Tag {Short(key)} has a value {value.Length} characters long; use at most 256 characters.");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(keyPath, DiagnosticCodes.TagReservedPrefix, $"Tag key \"{Short(key)}\" starts with aws:, which AWS reserves; choose another key.");
            else if (key.StartsWith("batchprovider:", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(keyPath, DiagnosticCodes.TagReservedPrefix,
                    $"Tag key \"{Short(key)}\" starts with batchprovider:, which the provider's ownership tags ({OwnershipTags.Stack}, ...) use; choose another key.");
        }
    }

    private static void CheckCount(PropertyPath path, IReadOnlyDictionary<string, string>? tags, DiagnosticBag diagnostics)
    {
        if (tags is null || tags.Count <= MaxTags) return;
        diagnostics.Error(path, DiagnosticCodes.TagCount,
            $"Tags come to {tags.Count} on this resource (stack tags, its own tags and the provider's 3 ownership tags); Batch allows at most {MaxTags}.");
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "..." : text;
}
