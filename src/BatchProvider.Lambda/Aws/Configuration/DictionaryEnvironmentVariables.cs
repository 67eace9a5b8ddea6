namespace BatchProvider.Lambda.Aws.Configuration;

/// <summary>A fixed set of variables, for tests and for callers that already hold the values.</summary>
public sealed class DictionaryEnvironmentVariables(IReadOnlyDictionary<string, string> values) : IEnvironmentVariables
{
    /// <inheritdoc />
    public string? Get(string name) => values.GetValueOrDefault(name);
}
