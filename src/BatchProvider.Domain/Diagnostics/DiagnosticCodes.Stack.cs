namespace BatchProvider.Domain.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>The stack Name is not letters, digits, '-' and '_' starting with a letter or digit.</summary>
    public const string StackName = "BS0501";

    /// <summary>An Id that is not letters, digits, '-' and '_'.</summary>
    public const string IdFormat = "BS0502";

    /// <summary>An Id ending like a replacement generation (<c>-g2</c>), which the provider reserves.</summary>
    public const string IdGenerationSuffix = "BS0503";

    /// <summary><c>{Name}-{Id}</c> longer than the room Batch names leave.</summary>
    public const string NameTooLong = "BS0504";

    /// <summary>Two items of one family with the same Id.</summary>
    public const string DuplicateId = "BS0505";

    /// <summary>More compute environments or queues than a Region allows by default (warning).</summary>
    public const string RegionQuota = "BS0506";

    /// <summary>More than 50 tags on one resource.</summary>
    public const string TagCount = "BS0507";

    /// <summary>A tag key or value of the wrong length.</summary>
    public const string TagLength = "BS0508";

    /// <summary>A tag key with a reserved prefix (<c>aws:</c>, <c>batchprovider:</c>).</summary>
    public const string TagReservedPrefix = "BS0509";
}
