using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

internal static class RuleAssert
{
    /// <summary>The item has a diagnostic with <paramref name="code"/> at <paramref name="path"/>; returns it.</summary>
    public static Diagnostic Reports(string json, string path, string code)
    {
        var all = JobDefinitionHarness.Diagnose(json);
        var hit = all.FirstOrDefault(d => d.Path.ToString() == path && d.Code == code);
        Assert.True(hit is not null, $"expected {code} at {path}; got:\n{string.Join("\n", all)}");
        return hit!;
    }

    /// <summary>The item has no diagnostic at all.</summary>
    public static void Clean(string json)
    {
        var all = JobDefinitionHarness.Diagnose(json);
        Assert.True(all.Count == 0, string.Join("\n", all));
    }
}
