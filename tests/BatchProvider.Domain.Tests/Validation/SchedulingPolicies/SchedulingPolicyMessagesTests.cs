using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Validation.SchedulingPolicies;

namespace BatchProvider.Domain.Tests.Validation.SchedulingPolicies;

public class SchedulingPolicyMessagesTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { SchedulingPolicyMessages.WeightOutOfRange(1000.5, 0.0001, 999.9999), "Weight is 1000.5; use a value from 0.0001 to 999.9999 (a lower weight gets more capacity)." },
        { SchedulingPolicyMessages.ShareDecayTooLong(691200), "ShareDecay is 8d; use a value from 0s to 7d (604800 seconds)." },
        { SchedulingPolicyMessages.OverlappingIdentifiers("teamA", "team*", PropertyPath.Root.Property("Shares").Index(0).Property("Identifier")), "Identifier \"teamA\" overlaps \"team*\" at Shares[0].Identifier; share identifiers and prefixes must not overlap." },
        { SchedulingPolicyMessages.ComputeReservationOutOfRange(100), "ComputeReservation is 100; use a percentage from 0 to 99." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Message_RendersItsValues(string rendered, string expected) => Assert.Equal(expected, rendered);
}
