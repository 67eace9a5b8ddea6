using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Validation.Stack;

namespace BatchProvider.Domain.Tests.Validation.Stack;

public class StackMessagesTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { StackMessages.IdFormat("my queue", "my-queue"), "Id is \"my queue\"; use only letters, digits, '-' and '_', e.g. \"my-queue\"." },
        { StackMessages.IdFormat("!!", ""), "Id is \"!!\"; use only letters, digits, '-' and '_'." },
        { StackMessages.NameTooLong(130, 122), "Name is 130 characters long; Batch names are {Name}-{Id} within 122 characters, so use a much shorter Name (e.g. up to 40 characters)." },
        { StackMessages.IdMakesNameTooLong("x", 125, 122), "Id \"x\" makes the Batch name 125 characters long; Name and Id together must stay within 121 characters." },
        { StackMessages.TagKeyLength(new string('k', 129)), $"Tag key \"{new string('k', 63)}…\" (129 characters) is longer than 128 characters; use 1 to 128 characters." },
        { StackMessages.TagKeyLength(""), "Tag key is empty; use 1 to 128 characters." },
        { StackMessages.DuplicateId("a", PropertyPath.Root.Property("JobQueues").Index(0).Property("Id"), "JobQueues"), "Id \"a\" is already used by JobQueues[0].Id; Ids must be unique within JobQueues." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Message_RendersItsValues(string rendered, string expected) => Assert.Equal(expected, rendered);
}
