using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Tests.Parsing;

public class ParsingMessagesTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { ParsingMessages.InvalidEnumValue("BEST_FTI", "AllocationStrategy", ["BEST_FIT", "BEST_FIT_PROGRESSIVE"]), "\"BEST_FTI\" is not a valid AllocationStrategy; use one of BEST_FIT, BEST_FIT_PROGRESSIVE. Did you mean 'BEST_FIT'?" },
        { ParsingMessages.UnknownProperty("Priorty", "a job queue", ["Priority", "Tags"]), "Priorty is not a known property of a job queue. Did you mean 'Priority'?" },
        { ParsingMessages.NotInKind("SpotBidPercentage", "a Fargate compute environment"), "SpotBidPercentage is not a property of a Fargate compute environment; remove it." },
        { ParsingMessages.Required("Shares", "a scheduling policy", ParsingMessages.Give(ParsingMessages.AList)), "Shares is required for a scheduling policy; give a list." },
        { ParsingMessages.OutOfRange("Memory", ParsingMessages.MiB(2), ParsingMessages.MiB(4), ParsingMessages.Unbounded), "Memory is 2 MiB; use a value from 4 MiB to any." },
        { ParsingMessages.BeyondInt32("MaxvCpus", 3_000_000_000), "MaxvCpus is 3000000000, far larger than Batch accepts; use a value below 2147483647." },
        { ParsingMessages.Unreadable("After", ParsingMessages.NotADuration("soon")), "After: \"soon\" is not a duration; use a number of seconds or a number with a unit, such as 90s, 30m, 4h or 7d." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Message_RendersItsValues(string rendered, string expected) => Assert.Equal(expected, rendered);
}
