namespace BatchProvider.Domain.Input;

/// <summary>
/// How an unresolved intrinsic travels inside a string-typed spec value: as <c>{{Fn::GetAtt X.Arn}}</c>.
/// Rules that check a string's format skip such values; <c>expand</c> prints them as they are.
/// </summary>
public static class OpaqueValue
{
    private const string Open = "{{";
    private const string Close = "}}";

    /// <summary>The placeholder for <paramref name="expression"/>.</summary>
    public static string Of(string expression) => Open + expression + Close;

    /// <summary>True when <paramref name="value"/> is a placeholder, not a value.</summary>
    public static bool Is(string? value) =>
        value is not null && value.StartsWith(Open, StringComparison.Ordinal) && value.EndsWith(Close, StringComparison.Ordinal);
}
