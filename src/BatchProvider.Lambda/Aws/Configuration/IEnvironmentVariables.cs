namespace BatchProvider.Lambda.Aws.Configuration;

/// <summary>Read access to environment variables, so settings are read from a parameter rather than ambiently.</summary>
public interface IEnvironmentVariables
{
    /// <summary>The variable's value, or null when it is not set.</summary>
    string? Get(string name);
}

/// <summary>The process environment.</summary>
public sealed class ProcessEnvironmentVariables : IEnvironmentVariables
{
    /// <summary>The shared instance.</summary>
    public static readonly ProcessEnvironmentVariables Instance = new();

    /// <inheritdoc />
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);
}

/// <summary>A fixed set of variables, for tests and for callers that already hold the values.</summary>
public sealed class DictionaryEnvironmentVariables(IReadOnlyDictionary<string, string> values) : IEnvironmentVariables
{
    /// <inheritdoc />
    public string? Get(string name) => values.GetValueOrDefault(name);
}
