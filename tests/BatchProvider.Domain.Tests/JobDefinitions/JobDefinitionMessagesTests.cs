namespace BatchProvider.Domain.Tests.JobDefinitions;

public class JobDefinitionMessagesTests
{
    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, MessageRows.Rows.Length)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Message_SaysWhereWhatAndWhatIsValid(int index)
    {
        var (json, property, code, message) = MessageRows.Rows[index];
        var d = RuleAssert.Reports(json, property.Length == 0 ? "JobDefinitions[0]" : "JobDefinitions[0]." + property, code);
        Assert.Equal(message, d.Message);
    }
}
