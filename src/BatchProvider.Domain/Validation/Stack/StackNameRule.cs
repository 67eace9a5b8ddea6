using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Validation.Stack;

/// <summary>The stack <c>Name</c> is required: letters, digits, '-' and '_', starting with a letter or digit (it prefixes every Batch name).</summary>
public sealed partial class StackNameRule : IStackRule
{
    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        var path = PropertyPath.Root.Property("Name");
        switch (context.Root.Get("Name"))
        {
            case null or NullNode:
                diagnostics.Error(path, DiagnosticCodes.RequiredPropertyMissing,
                    "Name is required for a BatchStack; give the prefix of every Batch resource name, e.g. research.");
                break;
            case OpaqueNode o:
                diagnostics.Warning(path, DiagnosticCodes.UnresolvedValue,
                    $"Name is {o.Expression}, which is known only at deploy time; the name rules were skipped.");
                break;
            case ScalarNode { Value: var name } when !NamePattern().IsMatch(name):
                diagnostics.Error(path, DiagnosticCodes.StackName,
                    $"Name is \"{name}\"; use letters, digits, '-' and '_', starting with a letter or digit, e.g. research.");
                break;
            case ScalarNode { Value: var name } when name.Length > Expansion.ResourceNames.MaxBaseLength - 2:
                diagnostics.Error(path, DiagnosticCodes.NameTooLong,
                    $"Name is {name.Length} characters long; Batch names are {{Name}}-{{Id}} within {Expansion.ResourceNames.MaxBaseLength} characters, so use a much shorter Name (e.g. up to 40 characters).");
                break;
            case ScalarNode:
                break;
            default:
                diagnostics.Error(path, DiagnosticCodes.WrongType, "Name must be a string, e.g. research.");
                break;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex NamePattern();
}
