using System.CommandLine;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Cli;

/// <summary>
/// What a command line that does not parse gets told. A word where a command was expected (<c>batchstack deplyo</c>)
/// is named with the commands that would be valid and the closest one; anything else keeps System.CommandLine's
/// messages.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The lines to print for <paramref name="parseResult"/>, which has errors.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (command.Subcommands.Count > 0 && parseResult.UnmatchedTokens.FirstOrDefault() is { } word && !word.StartsWith('-'))
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            return [$"'{word}' is not a {$"batchstack {CommandNames.Of(parseResult.CommandResult)}".TrimEnd()} command; use one of {string.Join(", ", names)}.{Suggestions.DidYouMean(word, names)}"];
        }

        return [.. parseResult.Errors.Select(e => e.Message)];
    }
}
