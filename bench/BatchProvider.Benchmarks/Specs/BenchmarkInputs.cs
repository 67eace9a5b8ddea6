using System.Collections.Frozen;
using BatchProvider.Domain.Input.Templates;

namespace BatchProvider.Benchmarks.Specs;

/// <summary>The templates the benchmarks run on: the public example and generated stacks, by name.</summary>
public static class BenchmarkInputs
{
    /// <summary>The name of the public example (<c>examples/research-platform.yaml</c>).</summary>
    public const string Example = "example";

    /// <summary>The example's resources: 3 compute environments, 1 scheduling policy, 3 job queues, 3 job definitions.</summary>
    public const int ExampleResources = 10;

    /// <summary>Values for the example's template parameters, as a user would pass them.</summary>
    public static IReadOnlyDictionary<string, string> ExampleParameters { get; } = new Dictionary<string, string>
    {
        ["Subnets"] = "subnet-0a1b2c3d,subnet-4e5f6a7b",
        ["SecurityGroups"] = "sg-0123abcd",
        ["InstanceProfileArn"] = "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole",
        ["ExecutionRoleArn"] = "arn:aws:iam::123456789012:role/ecsTaskExecution",
        ["TrainingRoleArn"] = "arn:aws:iam::123456789012:role/training",
    }.ToFrozenDictionary();

    /// <summary>The template text of <paramref name="input"/>: <see cref="Example"/> or a resource count.</summary>
    public static string Text(string input) => input == Example ? ExampleText() : StackGenerator.Template(int.Parse(input, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The parameters <paramref name="input"/> needs.</summary>
    public static IReadOnlyDictionary<string, string> Parameters(string input) =>
        input == Example ? ExampleParameters : FrozenDictionary<string, string>.Empty;

    /// <summary>How many Batch resources <paramref name="input"/> declares.</summary>
    public static int Resources(string input) => input == Example ? ExampleResources : int.Parse(input, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Loads <paramref name="input"/> and returns its one BatchStack's properties.</summary>
    public static Domain.Input.Node Properties(string input)
    {
        var loaded = TemplateLoader.Load(Text(input), Parameters(input));
        if (loaded.Failed) throw new InvalidOperationException($"{input}: {string.Join("; ", loaded.Diagnostics)}");
        return loaded.Stacks.Single().Properties;
    }

    private static string ExampleText()
    {
        using var stream = typeof(BenchmarkInputs).Assembly.GetManifestResourceStream("research-platform.yaml")
            ?? throw new InvalidOperationException("the example template is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
