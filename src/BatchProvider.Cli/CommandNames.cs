using System.CommandLine;
using System.CommandLine.Parsing;

namespace BatchProvider.Cli;

/// <summary>The words naming a parsed command below the root, e.g. <c>sandbox run</c>: never its arguments, which may hold secrets.</summary>
internal static class CommandNames
{
    /// <summary>The command names from the root's child down to <paramref name="result"/>'s command; empty for the root.</summary>
    public static string Of(CommandResult result)
    {
        var names = new List<string>();
        for (var r = result; r is { Command: not RootCommand }; r = r.Parent as CommandResult) names.Add(r.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
