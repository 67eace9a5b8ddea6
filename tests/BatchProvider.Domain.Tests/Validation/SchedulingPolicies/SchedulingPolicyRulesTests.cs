using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Validation.SchedulingPolicies;

public class SchedulingPolicyRulesTests
{
    private const string P = "SchedulingPolicies[0].";

    [Theory]
    [InlineData("{ Id: p, Shares: [{ Identifier: a, Weight: -1 }] }", P + "Shares[0].Weight", DiagnosticCodes.SpWeight)]
    [InlineData("{ Id: p, Shares: [{ Identifier: a, Weight: 0 }] }", P + "Shares[0].Weight", DiagnosticCodes.SpWeight)]
    [InlineData("{ Id: p, Shares: [{ Identifier: a, Weight: 1000 }] }", P + "Shares[0].Weight", DiagnosticCodes.SpWeight)]
    [InlineData("{ Id: p, Shares: [{ Identifier: a, Weight: heavy }] }", P + "Shares[0].Weight", DiagnosticCodes.WrongType)]
    [InlineData("{ Id: p, ComputeReservation: 100 }", P + "ComputeReservation", DiagnosticCodes.SpComputeReservation)]
    [InlineData("{ Id: p, ComputeReservation: -1 }", P + "ComputeReservation", DiagnosticCodes.SpComputeReservation)]
    [InlineData("{ Id: p, ShareDecay: 8d }", P + "ShareDecay", DiagnosticCodes.SpShareDecay)]
    [InlineData("{ Id: p, ShareDecay: later }", P + "ShareDecay", DiagnosticCodes.WrongType)]
    [InlineData("{ Id: p, Shares: [{ Identifier: \"team-a\" }] }", P + "Shares[0].Identifier", DiagnosticCodes.SpIdentifier)]
    [InlineData("{ Id: p, Shares: [{ Identifier: \"a*b\" }] }", P + "Shares[0].Identifier", DiagnosticCodes.SpIdentifier)]
    [InlineData("{ Id: p, Shares: [{ Identifier: \"\" }] }", P + "Shares[0].Identifier", DiagnosticCodes.SpIdentifier)]
    [InlineData("{ Id: p, Shares: [{ Weight: 1 }] }", P + "Shares[0].Identifier", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{ Id: p, Shares: [{ Identifier: vision }, { Identifier: vision }] }", P + "Shares[1].Identifier", DiagnosticCodes.SpOverlappingIdentifiers)]
    [InlineData("{ Id: p, Shares: [{ Identifier: \"UserA*\" }, { Identifier: UserA1 }] }", P + "Shares[1].Identifier", DiagnosticCodes.SpOverlappingIdentifiers)]
    [InlineData("{ Id: p, Shares: [{ Identifier: UserA1 }, { Identifier: \"User*\" }] }", P + "Shares[1].Identifier", DiagnosticCodes.SpOverlappingIdentifiers)]
    [InlineData("{ Id: p, Shares: [{ Identifier: \"User*\" }, { Identifier: \"UserA*\" }] }", P + "Shares[1].Identifier", DiagnosticCodes.SpOverlappingIdentifiers)]
    [InlineData("{ Id: p, Shares: [{ Identifier: a, Wieght: 2 }] }", P + "Shares[0].Wieght", DiagnosticCodes.UnknownProperty)]
    [InlineData("{ Id: p, Tags: { \"aws:x\": y } }", P + "Tags.aws:x", DiagnosticCodes.TagReservedPrefix)]
    public void Rule_WhenViolated_ReportsCodeAtPath(string policy, string path, string code)
    {
        var result = Specs.Run(Specs.WithPolicies(policy));
        Specs.AssertReports(result, path, code);
    }

    [Fact]
    public void Shares_WhenMoreThan500_ReportsTheFirstTooMany()
    {
        var shares = string.Join(", ", Enumerable.Range(0, 501).Select(i => $"{{ Identifier: s{i} }}"));
        var result = Specs.Run(Specs.WithPolicies($"{{ Id: p, Shares: [{shares}] }}"));
        Specs.AssertReports(result, P + "Shares[500]", DiagnosticCodes.SpTooManyShares);
    }

    [Fact]
    public void Policy_WhenNoQueueUsesIt_Warns()
    {
        var result = Specs.Run(Specs.WithPolicies("{ Id: p }", "{ Id: spare }"));
        Specs.AssertReports(result, "SchedulingPolicies[1].Id", DiagnosticCodes.SpUnused, Severity.Warning);
        Specs.AssertNoErrors(result);
    }

    [Theory]
    [InlineData("{ Id: p }")]
    [InlineData("{ Id: p, ShareDecay: 5m, ComputeReservation: 25, Shares: [{ Identifier: vision, Weight: 1 }, { Identifier: nlp, Weight: 0.5 }, { Identifier: \"adhoc*\", Weight: 2 }] }")]
    [InlineData("{ Id: p, ShareDecay: 7d, ComputeReservation: 99, Shares: [{ Identifier: a, Weight: 0.0001 }, { Identifier: b, Weight: 999.9999 }] }")]
    [InlineData("{ Id: p, ShareDecay: 0, ComputeReservation: 0, Shares: [{ Identifier: \"UserA*\" }, { Identifier: \"UserB*\" }] }")]
    public void Rule_WhenValid_ReportsNoError(string policy)
    {
        var result = Specs.Run(Specs.WithPolicies(policy));
        Specs.AssertNoErrors(result);
    }

    [Fact]
    public void NegativeWeight_MessageNamesTheRange()
    {
        var result = Specs.Run(Specs.WithPolicies("{ Id: p, Shares: [{ Identifier: a, Weight: -1 }] }"));
        var d = Specs.AssertReports(result, P + "Shares[0].Weight", DiagnosticCodes.SpWeight);
        Assert.Equal("Weight is -1; use a value from 0.0001 to 999.9999 (a lower weight gets more capacity).", d.Message);
    }
}
