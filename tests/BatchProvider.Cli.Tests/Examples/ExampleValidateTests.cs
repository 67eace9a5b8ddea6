namespace BatchProvider.Cli.Tests.Examples;

/// <summary>Every shipped example validates clean, without warnings (what CI promises a user who copies one).</summary>
public sealed class ExampleValidateTests
{
    [Theory]
    [InlineData("research-platform.yaml", "Research")]
    [InlineData("research-platform-v2.yaml", "Research")]
    [InlineData("fargate-etl.yaml", "Etl")]
    [InlineData("gpu-training.yaml", "Training")]
    public async Task Validate_OfEachExample_IsValidWithoutWarnings(string file, string logicalId)
    {
        var (exit, output, _) = await CliRunner.Run(["validate", ExampleFiles.Path(file)]);

        Assert.Equal(0, exit);
        Assert.Equal($"{logicalId}: valid (0 errors, 0 warnings)", output.Trim());
    }
}
