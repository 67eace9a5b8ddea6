using System.Collections.Immutable;
using BatchProvider.Sandbox.Moto;

namespace BatchProvider.Cli.Sandbox;

/// <summary>
/// Template parameter values a seeded moto sandbox provides (<see cref="MotoSandbox.TemplateParameters"/>). Values
/// the user passes with <c>--parameters</c> win. Travels between processes (<c>sandbox run</c> to the commands it runs) as
/// one <c>NAME=VALUE</c> per line.
/// </summary>
internal static class SandboxParameters
{
    /// <summary>The parameter values of <paramref name="sandbox"/>.</summary>
    public static ImmutableSortedDictionary<string, string> From(MotoSandbox sandbox) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, sandbox.TemplateParameters());

    /// <summary>One <c>NAME=VALUE</c> per line.</summary>
    public static string Format(IReadOnlyDictionary<string, string> parameters) =>
        string.Join('\n', parameters.Select(p => $"{p.Key}={p.Value}"));

    /// <summary>Reads what <see cref="Format"/> wrote; lines without '=' are ignored.</summary>
    public static ImmutableSortedDictionary<string, string> Parse(string? text) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => KeyValuePair.Create(parts[0], parts[1])));

    /// <summary><paramref name="user"/> values over <paramref name="sandbox"/> values.</summary>
    public static ImmutableSortedDictionary<string, string> Merge(IReadOnlyDictionary<string, string> sandbox, IReadOnlyDictionary<string, string> user) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, sandbox.Where(p => !user.ContainsKey(p.Key)).Concat(user));
}
