namespace BatchProvider.Lambda.Tests.Runtime;

/// <summary>
/// A class fixture handing tests the published Native AOT bootstrap. Publishing (1–3 minutes) happens once per test
/// run however many classes use it; a failed publish fails each of their tests with dotnet's output.
/// </summary>
public sealed class NativeBootstrapFixture : IAsyncLifetime
{
    /// <summary>The <c>bootstrap</c> executable.</summary>
    public string Path { get; private set; } = "";

    public async Task InitializeAsync() => Path = await NativeBootstrapBuild.GetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
