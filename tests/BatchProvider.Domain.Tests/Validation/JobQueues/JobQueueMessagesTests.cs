using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Validation.JobQueues;

namespace BatchProvider.Domain.Tests.Validation.JobQueues;

public class JobQueueMessagesTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { JobQueueMessages.UnknownComputeEnvironment("spto", ["spot", "ondemand"]), "ComputeEnvironment \"spto\" is not a compute environment of this stack; use one of spot, ondemand. Did you mean 'spot'?" },
        { JobQueueMessages.UnknownComputeEnvironment("spot", []), "ComputeEnvironment \"spot\" is not a compute environment of this stack; use one of (none defined)." },
        { JobQueueMessages.ResubmitToSelf("high", ["low"]), "ResubmitTo is high, the queue itself, so the job would stay stuck; name another queue: low." },
        { JobQueueMessages.ResubmitToSelf("high", []), "ResubmitTo is high, the queue itself, so the job would stay stuck; name another queue." },
        { JobQueueMessages.ResubmitToIgnored(StuckJobAction.Cancel), "ResubmitTo is set, but Action is Cancel; it is used only with Action: Resubmit." },
        { JobQueueMessages.TimeLimitAfterOutOfRange(300), "After is 5m; use a value from 10m to 24h (600 to 86400 seconds)." },
        { JobQueueMessages.UnknownSchedulingPolicy("fair", []), "SchedulingPolicy is \"fair\", which is not a scheduling policy of this stack; use one of (none defined: add it to SchedulingPolicies)." },
        { JobQueueMessages.PriorityOutOfRange(1001, 1000), "Priority is 1001; use a value from 0 to 1000 (higher wins when queues share a compute environment)." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Message_RendersItsValues(string rendered, string expected) => Assert.Equal(expected, rendered);
}
