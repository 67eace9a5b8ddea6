namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// The parts of a CloudFormation stack ARN (<c>arn:aws:cloudformation:eu-west-1:123456789012:stack/Name/guid</c>)
/// the provider needs: the target's partition, region and account come from here, so the Lambda needs no STS call.
/// </summary>
public sealed record StackArn(string Partition, string Region, string Account, string StackName)
{
    /// <summary>Parses <paramref name="stackId"/>; null when it is not a stack ARN.</summary>
    public static StackArn? Parse(string? stackId)
    {
        var parts = (stackId ?? "").Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "cloudformation") return null;
        var resource = parts[5].Split('/');
        if (resource.Length < 2 || resource[0] != "stack" || resource[1].Length == 0 || parts[3].Length == 0 || parts[4].Length == 0) return null;
        return new StackArn(parts[1], parts[3], parts[4], resource[1]);
    }

    /// <summary><c>arn:{partition}:batch:{region}:{account}</c>, the planner's ARN prefix.</summary>
    public string BatchArnPrefix => $"arn:{Partition}:batch:{Region}:{Account}";
}
