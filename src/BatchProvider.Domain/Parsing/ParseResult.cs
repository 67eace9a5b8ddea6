namespace BatchProvider.Domain.Parsing;

/// <summary>
/// The outcome of parsing one scalar: a value, or a message that says what would be valid. Never throws for bad input
/// (NodaTime's <c>ParseResult</c>).
/// </summary>
public readonly record struct ParseResult<T>
{
    private ParseResult(bool success, T? value, string? error)
    {
        Success = success;
        Value = value;
        Error = error;
    }

    /// <summary>True when <see cref="Value"/> holds the parsed value.</summary>
    public bool Success { get; }

    /// <summary>The value, when <see cref="Success"/>.</summary>
    public T? Value { get; }

    /// <summary>Why parsing failed, phrased to follow "Path: ".</summary>
    public string? Error { get; }

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Ok(T value) => new(true, value, null);

    /// <summary>A failed result with its message.</summary>
    public static ParseResult<T> Fail(string error) => new(false, default, error);
}
