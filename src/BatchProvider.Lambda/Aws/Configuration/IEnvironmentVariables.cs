namespace BatchProvider.Lambda.Aws.Configuration;

/// <summary>Read access to environment variables, so settings are read from a parameter rather than ambiently.</summary>
public interface IEnvironmentVariables
{
    /// <summary>The variable's value, or null when it is not set.</summary>
    string? Get(string name);
}
