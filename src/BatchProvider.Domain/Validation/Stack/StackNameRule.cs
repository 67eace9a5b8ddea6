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
                    StackMessages.NameMissing);
                break;
            case OpaqueNode o:
                diagnostics.Warning(path, DiagnosticCodes.UnresolvedValue,
                    StackMessages.NameUnresolved(o.Expression));
                break;
            case ScalarNode { Value: var name } when !NamePattern().IsMatch(name):
                diagnostics.Error(path, DiagnosticCodes.StackName,
                    StackMessages.NameFormat(name));
                break;
            case ScalarNode { Value: var name } when name.Length > Expansion.ResourceNames.MaxBaseLength - 2:
                diagnostics.Error(path, DiagnosticCodes.NameTooLong,
                    StackMessages.NameTooLong(name.Length, Expansion.ResourceNames.MaxBaseLength));
                break;
            case ScalarNode:
                break;
            default:
                diagnostics.Error(path, DiagnosticCodes.WrongType, StackMessages.NameNotString);
                break;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex NamePattern();
}
