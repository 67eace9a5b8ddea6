using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Tests.Planning;
using BatchProvider.Domain.Validation;
using static BatchProvider.Domain.Tests.TestSupport.Specs;

namespace BatchProvider.Domain.Tests.Validation.ComputeEnvironments;

/// <summary>
/// Batch's AL2 retirement decides by the pipeline's <c>now</c>: before 2026-06-30 a warning that creation will stop;
/// from then on a warning in validation (an existing compute environment keeps its image) and an error from the
/// planner only when its plan would create the compute environment.
/// </summary>
public sealed class Al2RetirementTests
{
    private static readonly DateTimeOffset LastSecondBefore = new(2026, 6, 29, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = new(2026, 6, 30, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    // 01:00 in UTC+02:00 on the 30th is still the 29th in UTC, which is what Batch's cutoff means.
    private static readonly DateTimeOffset CutoffDayEastOfUtc = new(2026, 6, 30, 1, 0, 0, TimeSpan.FromHours(2));

    private const string Path = "ComputeEnvironments[0].Images[0].Type";

    public static TheoryData<string, string, DateTimeOffset, string?> ValidationRows => new()
    {
        { "AL2 the second before the cutoff", "ECS_AL2", LastSecondBefore, DiagnosticCodes.CeAl2Retiring },
        { "AL2 before the cutoff in UTC, after it locally", "ECS_AL2", CutoffDayEastOfUtc, DiagnosticCodes.CeAl2Retiring },
        { "AL2 on the cutoff day", "ECS_AL2", Cutoff, DiagnosticCodes.CeAl2CreationRefused },
        { "AL2 NVIDIA later", "ECS_AL2_NVIDIA", Later, DiagnosticCodes.CeAl2CreationRefused },
        { "AL2 with the user's own AMI", "ECS_AL2, ImageIdOverride: ami-1", Later, null },
        { "AL2023 later", "ECS_AL2023", Later, null },
    };

    [Theory]
    [MemberData(nameof(ValidationRows))]
    public void Validate_Al2Image_WarnsByTheInjectedDate(string because, string image, DateTimeOffset now, string? expected)
    {
        var result = Run(WithComputeEnvironment($"Kind: ManagedEc2, Images: [{{ Type: {image} }}]"), now);

        AssertNoErrors(result);
        var codes = result.Diagnostics.Where(d => d.Code is DiagnosticCodes.CeAl2Retiring or DiagnosticCodes.CeAl2CreationRefused).ToList();
        if (expected is null)
        {
            Assert.True(codes.Count == 0, because);
            return;
        }
        var warning = Assert.Single(codes);
        Assert.Equal((Severity.Warning, Path, expected), (warning.Severity, warning.Path.ToString(), warning.Code));
    }

    [Fact]
    public void Validate_Al2ImageAfterTheCutoff_SaysOnlyAnExistingOneMayKeepIt()
    {
        var warning = AssertReports(Run(WithComputeEnvironment("Kind: ManagedEc2, Images: [{ Type: ECS_AL2 }]"), Later),
            Path, DiagnosticCodes.CeAl2CreationRefused, Severity.Warning);

        Assert.Equal("Type is ECS_AL2: since 2026-06-30 Batch refuses to create ECS compute environments on Batch-provided AL2 AMIs; an existing one keeps running, but plan and deploy refuse to create this one; use ECS_AL2023.", warning.Message);
    }

    public static TheoryData<string, DateTimeOffset, bool, bool> PlanRows => new()
    {
        { "new, before the cutoff", LastSecondBefore, false, false },
        { "new, on the cutoff day", Cutoff, false, true },
        { "new, later", Later, false, true },
        { "existing, later", Later, true, false },
        { "existing, before the cutoff", LastSecondBefore, true, false },
    };

    [Theory]
    [MemberData(nameof(PlanRows))]
    public void Plan_Al2Image_IsAnErrorOnlyWhenThePlanCreatesIt(string because, DateTimeOffset now, bool exists, bool refused)
    {
        var validated = Validated(now);
        var batch = exists ? PlanTesting.Converged(validated.Desired) : new BatchSimulator();

        var plan = Planner.Plan(validated, batch.Observe(validated.Desired), PlanTesting.Options());

        var errors = plan.Diagnostics.Where(d => d.Code == PlanDiagnosticCodes.CreationRefused).ToList();
        Assert.True(errors.Count == (refused ? 1 : 0), $"{because}: {string.Join("; ", plan.Diagnostics)}");
        Assert.Equal(refused, plan.HasErrors);
        if (refused) Assert.Equal((Severity.Error, Path), (errors[0].Severity, errors[0].Path.ToString()));
    }

    [Fact]
    public void Plan_ReplacingAnExistingAl2ComputeEnvironmentAfterTheCutoff_IsAnError()
    {
        var validated = Validated(Later);
        var batch = PlanTesting.Converged(validated.Desired);
        var name = Assert.Single(batch.ComputeEnvironments).Key;
        batch.ComputeEnvironments[name] = batch.ComputeEnvironments[name] with { Status = "INVALID", StatusReason = "role deleted" };

        var plan = Planner.Plan(validated, batch.Observe(validated.Desired), PlanTesting.Options());

        var error = Assert.Single(plan.Diagnostics, d => d.Code == PlanDiagnosticCodes.CreationRefused);
        Assert.Equal($"this plan creates compute environment '{name}-g2', but Batch refuses to create ECS compute environments on the Batch-provided ECS_AL2 AMI since 2026-06-30; use ECS_AL2023, or an ImageIdOverride with your own AMI. An existing compute environment may keep it; a new one may not.", error.Message);
    }

    private static ValidatedSpec Validated(DateTimeOffset now)
    {
        var result = Run(WithComputeEnvironment("Kind: ManagedEc2, Images: [{ Type: ECS_AL2 }]"), now);
        return result.Validated ?? throw new InvalidOperationException(Show(result));
    }
}
