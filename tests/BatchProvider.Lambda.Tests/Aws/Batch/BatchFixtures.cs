using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

/// <summary>Minimal valid Batch requests against a <see cref="MotoSandbox"/>.</summary>
public static class BatchFixtures
{
    public static CreateComputeEnvironmentRequest ManagedEc2(MotoSandbox sandbox, string name, IReadOnlyDictionary<string, string>? tags = null) => new()
    {
        ComputeEnvironmentName = name,
        Type = "MANAGED",
        State = "ENABLED",
        ServiceRole = sandbox.ServiceRoleArn,
        Tags = tags,
        ComputeResources = new ComputeResource
        {
            Type = "EC2",
            MinvCpus = 0,
            MaxvCpus = 16,
            InstanceTypes = ["m5.large"],
            Subnets = sandbox.SubnetIds,
            SecurityGroupIds = [sandbox.SecurityGroupId],
            InstanceRole = sandbox.InstanceProfileArn,
        },
    };

    public static CreateJobQueueRequest Queue(string name, string computeEnvironmentArn, IReadOnlyDictionary<string, string>? tags = null) => new()
    {
        JobQueueName = name,
        State = "ENABLED",
        Priority = 1,
        ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { Order = 1, ComputeEnvironment = computeEnvironmentArn }],
        Tags = tags,
    };

    public static RegisterJobDefinitionRequest Container(string name, IReadOnlyDictionary<string, string>? tags = null) => new()
    {
        JobDefinitionName = name,
        Type = "container",
        Tags = tags,
        ContainerProperties = new ContainerProperties
        {
            Image = "public.ecr.aws/docker/library/busybox:latest",
            Command = ["echo", "hello"],
            ResourceRequirements = [new ResourceRequirement { Type = "VCPU", Value = "1" }, new ResourceRequirement { Type = "MEMORY", Value = "512" }],
        },
    };
}
