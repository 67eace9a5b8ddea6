namespace BatchProvider.Lambda.Logging;

/// <summary>
/// One structured log event: a level, a stable event name (e.g. <c>aws.retry</c>) that log queries filter on, and
/// named fields. Field values are written as JSON numbers for integral/floating types and booleans as booleans;
/// a <see cref="TimeSpan"/> as a number of milliseconds, so its field is named with the unit (<c>elapsedMs</c>,
/// <c>delayMs</c>); anything else is written as its invariant string.
/// </summary>
/// <param name="Level">The severity.</param>
/// <param name="Name">The stable event name.</param>
/// <param name="Fields">The event's fields, in the order they are written.</param>
public sealed record LogEvent(LogLevel Level, string Name, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    /// <summary>Creates an event from (name, value) pairs.</summary>
    public static LogEvent Of(LogLevel level, string name, params (string Key, object? Value)[] fields) =>
        new(level, name, [.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value))]);

    /// <summary>The value of field <paramref name="key"/>, or null.</summary>
    public object? this[string key] => Fields.FirstOrDefault(f => f.Key == key).Value;
}
