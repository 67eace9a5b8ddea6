namespace BatchProvider.Sandbox.Moto;

/// <summary>
/// The network and IAM resources seeded into moto (before each test, and by the CLI sandbox), so Batch calls that validate them
/// (moto checks that subnets, security groups, the service role and the instance profile exist) succeed.
/// </summary>
/// <param name="VpcId">The VPC.</param>
/// <param name="SubnetIds">Two subnets in different availability zones.</param>
/// <param name="SecurityGroupId">A security group in the VPC.</param>
/// <param name="ServiceRoleArn">The Batch service role.</param>
/// <param name="InstanceRoleArn">The ECS instance role.</param>
/// <param name="InstanceProfileArn">The instance profile holding the ECS instance role (a CE's instanceRole).</param>
/// <param name="ExecutionRoleArn">The ECS task execution role (Fargate job definitions).</param>
/// <param name="JobRoleArn">The job role.</param>
public sealed record MotoSandbox(
    string VpcId,
    IReadOnlyList<string> SubnetIds,
    string SecurityGroupId,
    string ServiceRoleArn,
    string InstanceRoleArn,
    string InstanceProfileArn,
    string ExecutionRoleArn,
    string JobRoleArn)
{
    /// <summary>
    /// The Batch service-linked role, which AWS uses when a compute environment names no service role; the seeder
    /// creates it because moto has no service-linked roles of its own.
    /// </summary>
    public string ServiceLinkedRoleArn => ServiceLinkedRoleDefault.ArnFor(LocalMoto.AccountId);

    /// <summary>
    /// Template parameter values this sandbox provides, under the names the examples use (<c>Subnets</c>,
    /// <c>SecurityGroups</c>, <c>InstanceProfileArn</c>, <c>ExecutionRoleArn</c>, <c>TrainingRoleArn</c>, ...).
    /// </summary>
    public IReadOnlyDictionary<string, string> TemplateParameters() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["Subnets"] = string.Join(',', SubnetIds),
        ["SecurityGroups"] = SecurityGroupId,
        ["VpcId"] = VpcId,
        ["InstanceProfileArn"] = InstanceProfileArn,
        ["InstanceRoleArn"] = InstanceRoleArn,
        ["ServiceRoleArn"] = ServiceRoleArn,
        ["ExecutionRoleArn"] = ExecutionRoleArn,
        ["JobRoleArn"] = JobRoleArn,
        ["TrainingRoleArn"] = JobRoleArn,
    };
}
