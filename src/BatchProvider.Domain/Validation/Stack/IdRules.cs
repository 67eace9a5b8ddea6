using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Validation.Stack;

/// <summary>
/// The checks every family shares, made on the raw properties so they hold whatever a family's parser does: each
/// item has an <c>Id</c> of letters, digits, '-' and '_', not ending like a replacement generation (<c>-g2</c>),
/// unique in its family, and short enough that <c>{Name}-{Id}</c> leaves room for a generation suffix.
/// </summary>
public sealed partial class IdRules : IStackRule
{
    private static readonly string[] Families = ["ComputeEnvironments", "SchedulingPolicies", "JobQueues", "JobDefinitions"];

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        var stackName = context.Root.Get("Name") is ScalarNode { Value: var n } ? n : context.Spec.Name;
        foreach (var family in Families)
        {
            var items = context.Root.Get(family) switch
            {
                ListNode list => list.Items,
                MapNode single => [single], // the parsers accept one object as a one-item list
                _ => [],
            };
            var seen = new Dictionary<string, PropertyPath>(StringComparer.Ordinal);
            foreach (var item in items.OfType<MapNode>())
            {
                var path = item.Path.Property("Id");
                switch (item.Get("Id"))
                {
                    case null or NullNode:
                        diagnostics.Error(path, DiagnosticCodes.RequiredPropertyMissing,
                            $"Id is required for every item of {family}; give letters, digits, '-' and '_', unique within {family}.");
                        break;
                    case ScalarNode { Value: var id }:
                        CheckId(family, id, stackName, path, seen, diagnostics);
                        break;
                    default:
                        diagnostics.Error(path, DiagnosticCodes.WrongType,
                            "Id must be a string written in the template (not computed); use letters, digits, '-' and '_'.");
                        break;
                }
            }
        }
    }

    private static void CheckId(string family, string id, string stackName, PropertyPath path, Dictionary<string, PropertyPath> seen, DiagnosticBag diagnostics)
    {
        if (!IdPattern().IsMatch(id))
        {
            var fixedId = InvalidCharacter().Replace(id, "-").Trim('-');
            diagnostics.Error(path, DiagnosticCodes.IdFormat,
                $"Id is \"{id}\"; use only letters, digits, '-' and '_'{(fixedId.Length > 0 ? $", e.g. \"{fixedId}\"" : "")}.");
        }
        else if (GenerationSuffix().IsMatch(id))
        {
            diagnostics.Error(path, DiagnosticCodes.IdGenerationSuffix,
                $"Id is \"{id}\", which ends like a replacement generation (-g2, -g3 ...) that the provider adds to names; choose an Id that does not end in -g and digits.");
        }
        var name = ResourceNames.Base(stackName, id);
        if (name.Length > ResourceNames.MaxBaseLength)
        {
            diagnostics.Error(path, DiagnosticCodes.NameTooLong,
                $"Id \"{id}\" makes the Batch name {name.Length} characters long; Name and Id together must stay within {ResourceNames.MaxBaseLength - 1} characters.");
        }
        if (!seen.TryAdd(id, path))
        {
            diagnostics.Error(path, DiagnosticCodes.DuplicateId,
                $"Id \"{id}\" is already used by {seen[id]}; Ids must be unique within {family}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex InvalidCharacter();

    [GeneratedRegex("-g[0-9]+$")]
    private static partial Regex GenerationSuffix();
}
